package io.fruition.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Something to tell some members of a partnership about one idea. {@code link} is a path of the application,
 * such as /ideas/NG-42 or /tasks/{id}; e-mails make it absolute.
 */
public record Notice(NoticeKind kind, Set<String> recipients, String partnershipPrefix, Long ideaId,
        String ideaNumber, String ideaTitle, String subject, String message, String link) {

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("A notice needs a kind.");
        }
        if (recipients == null || recipients.isEmpty()) {
            problems.add("A notice needs at least one recipient.");
        }
        if (partnershipPrefix == null || partnershipPrefix.isBlank()) {
            problems.add("A notice belongs to a partnership.");
        }
        if (subject == null || subject.isBlank()) {
            problems.add("A notice needs a subject.");
        }
        if (link != null && !link.startsWith("/")) {
            problems.add("A notice links to a path of the application, starting with /.");
        }
        return problems;
    }
}
