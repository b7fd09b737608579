package io.fruition.api;

import java.security.Principal;
import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.fruition.notification.NoticeKind;
import io.fruition.notification.NotificationView;
import io.fruition.notification.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the bell shows: your notifications, newest first, and marking them read. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "What you have been told")
class NotificationsApi {

    private final Notifications notifications;

    NotificationsApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @Schema(description = "A notification.")
    record Notification(@Schema(example = "112", requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) NoticeKind kind,
            @Schema(example = "NG-3 is approved", requiredMode = Schema.RequiredMode.REQUIRED) String subject,
            String message,
            @Schema(description = "Where it leads in Fruition.", example = "/ideas/NG-3") String link,
            @Schema(example = "NG-3") String idea,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean read) {
    }

    @Schema(description = "How many notifications wait unread.")
    record Unread(@Schema(example = "3", requiredMode = Schema.RequiredMode.REQUIRED) long count) {
    }

    @GetMapping(produces = "application/json")
    @Operation(operationId = "listNotifications", summary = "Your notifications", description = "Newest first, paged.")
    ApiPage<Notification> list(Principal user,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Notifications a page, 1 to 200.") @RequestParam(defaultValue = "20") int size) {
        ApiPage.check(page, size);
        return new ApiPage<>(notifications.page(user.getName(), page * size, size).stream()
                .map(NotificationsApi::notification).toList(), page, size, notifications.count(user.getName()));
    }

    @GetMapping(path = "/unread", produces = "application/json")
    @Operation(operationId = "countUnreadNotifications", summary = "How many are unread", description = "The bell's number.")
    Unread unread(Principal user) {
        return new Unread(notifications.unreadCount(user.getName()));
    }

    @PostMapping("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read",
            description = "It no longer counts as unread; marking it again is harmless. 404 for another's.")
    @ApiResponse(responseCode = "204", description = "Read.")
    ResponseEntity<Void> markRead(@PathVariable long id, Principal user) {
        notifications.markRead(user.getName(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notification read",
            description = "The bell is empty afterwards.")
    @ApiResponse(responseCode = "204", description = "All read.")
    ResponseEntity<Void> markAllRead(Principal user) {
        notifications.markAllRead(user.getName());
        return ResponseEntity.noContent().build();
    }

    private static Notification notification(NotificationView n) {
        return new Notification(n.id(), n.kind(), n.subject(), n.message(), n.link(), n.ideaNumber(), n.createdAt(),
                n.read());
    }
}
