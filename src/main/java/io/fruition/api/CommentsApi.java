package io.fruition.api;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.fruition.idea.IdeaComment;
import io.fruition.idea.IdeaEngagement;
import io.fruition.idea.Ideas;
import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.wording.Names;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The discussion of an idea: read it, take part; {@code @username} tells a member of the partnership. */
@RestController
@RequestMapping("/api/ideas/{number}/comments")
@Tag(name = "Comments", description = "The discussion of an idea")
class CommentsApi {

    private final IdeaEngagement engagement;
    private final Ideas ideas;
    private final Names names;

    CommentsApi(IdeaEngagement engagement, Ideas ideas, Names names) {
        this.engagement = engagement;
        this.ideas = ideas;
        this.names = names;
    }

    @Schema(description = "A comment on an idea.")
    record Comment(@Schema(example = "41", requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Person author,
            @Schema(example = "@steve could the depot pilot this?", requiredMode = Schema.RequiredMode.REQUIRED)
            String body,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt) {
    }

    @Schema(description = "A comment to add. Unknown properties are refused.",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record NewComment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 4000,
            description = "The text; `@username` tells that member of the partnership (they are notified).",
            example = "@steve could the depot pilot this?") String body) {
    }

    @GetMapping(produces = "application/json")
    @Operation(operationId = "listComments", summary = "Read an idea's discussion", description = "Oldest first, paged.")
    ApiPage<Comment> list(@PathVariable @Parameter(example = "NG-3") String number, Principal user,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Comments a page, 1 to 200.") @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        Names.Book book = book(user, number);
        return ApiPage.of(engagement.comments(user.getName(), number).stream().map(c -> comment(book, c)).toList(),
                page, size);
    }

    @GetMapping(path = "/{id}", produces = "application/json")
    @Operation(operationId = "getComment", summary = "Read one comment",
            description = "404 when the idea has no such comment or is not in your partnerships.")
    Comment read(@PathVariable String number, @PathVariable long id, Principal user) {
        Names.Book book = book(user, number);
        return engagement.comments(user.getName(), number).stream().filter(c -> c.id() == id).findFirst()
                .map(c -> comment(book, c))
                .orElseThrow(() -> new NotFoundException("There is no comment " + id + " on " + number + "."));
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(operationId = "addComment", summary = "Comment on an idea",
            description = "Adds your comment; members mentioned as `@username` are notified.")
    @ApiResponse(responseCode = "201", description = "Added.", headers = @Header(name = "Location",
            description = "The comment's address.", schema = @Schema(type = "string")))
    ResponseEntity<Comment> add(@PathVariable String number, @RequestBody NewComment body, Principal user) {
        if (body == null) {
            throw new InvalidInputException("The request needs a JSON body with the comment's body.");
        }
        IdeaComment added = engagement.comment(user.getName(), number, body.body());
        String canonical = ideas.visible(user.getName(), number).getNumber();
        return ResponseEntity.created(URI.create("/api/ideas/" + canonical + "/comments/" + added.id()))
                .body(comment(book(user, canonical), added));
    }

    private Names.Book book(Principal user, String number) {
        return names.in(ideas.visible(user.getName(), number).getPrefix());
    }

    private static Comment comment(Names.Book book, IdeaComment c) {
        return new Comment(c.id(), Person.of(book, c.author()), c.body(), c.createdAt());
    }
}
