package io.fruition.portal.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import io.fruition.idea.IdeaComment;
import io.fruition.idea.IdeaEngagement;
import io.fruition.shared.InvalidInputException;
import org.springframework.modulith.NamedInterface;

/** An idea's comments and a box to add one; shown on the idea's page and beside every task of the idea. */
@NamedInterface("panels")
public final class CommentsPanel {

    private CommentsPanel() {
    }

    /** @param afterComment what the page does once a comment is added (usually: show itself again) */
    public static Component of(IdeaEngagement ideas, String username, String ideaNumber, Runnable afterComment) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3("Comments"));
        List<IdeaComment> all = ideas.comments(username, ideaNumber);
        if (all.isEmpty()) {
            box.add(new Paragraph("No comments yet. Ask a question or add what you know; mention a member with @name."));
        }
        all.forEach(c -> box.add(new Paragraph(c.author() + ": " + c.body())));
        TextArea text = new TextArea("Add a comment");
        text.setId("comment-text");
        text.setWidthFull();
        text.setMaxLength(4000);
        Button add = new Button("Comment", e -> {
            try {
                ideas.comment(username, ideaNumber, text.getValue());
                afterComment.run();
            } catch (InvalidInputException ex) {
                text.setErrorMessage(String.join(" ", ex.problems()));
                text.setInvalid(true);
            }
        });
        add.setId("comment-add");
        box.add(text, add);
        return box;
    }
}
