package io.fruition.notification;

import java.time.Instant;

/** An in-app notification as its recipient sees it. */
public record NotificationView(long id, NoticeKind kind, String subject, String message, String link,
        String ideaNumber, Instant createdAt, boolean read) {
}
