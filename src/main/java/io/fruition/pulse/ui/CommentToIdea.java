package io.fruition.pulse.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.fruition.base.ui.Problems;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaSubmission;
import io.fruition.pulse.PulseIdeas;

/**
 * A customer's comment becomes an idea in one click: the dialog comes filled in (the comment as the problem), the
 * member may sharpen it, and the idea records the round and the dimension it came from.
 */
final class CommentToIdea {

    private CommentToIdea() {
    }

    static Dialog open(PulseIdeas ideas, String username, PulseSections.CommentRef ref, Consumer<String> opened) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Make it an idea");
        dialog.setId("pulse-idea-dialog");
        TextField title = new TextField("Title");
        title.setId("pulse-idea-title");
        title.setWidthFull();
        title.setMaxLength(200);
        title.setValue(ref.dimension().label() + ": " + abbreviate(ref.text(), 150));
        TextArea problem = new TextArea("Problem");
        problem.setId("pulse-idea-problem");
        problem.setWidthFull();
        problem.setValue(ref.text());
        TextArea proposal = new TextArea("Proposal");
        proposal.setId("pulse-idea-proposal");
        proposal.setWidthFull();
        proposal.setValue("To be shaped together with the customer: it came from their comment in pulse round "
                + ref.roundNumber() + ".");
        Problems problems = new Problems("pulse-idea-problems").fields(Map.of("title", title, "problem",
                problem, "proposal", proposal));
        Button submit = new Button("Submit the idea", e -> {
            Idea[] made = new Idea[1];
            if (problems.attempt(() -> made[0] = ideas.fromComment(username, ref.roundId(), ref.dimension(), ref.text(),
                    new IdeaSubmission(ref.prefix(), title.getValue(), problem.getValue(), proposal.getValue(), null)))) {
                dialog.close();
                Problems.saved(made[0].getNumber() + " is submitted; it goes to screening like every idea.");
                opened.accept(made[0].getNumber());
            }
        });
        submit.setId("pulse-idea-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(new VerticalLayout(new Paragraph("From pulse round " + ref.roundNumber() + ", on "
                + ref.dimension().label().toLowerCase() + ". The idea keeps where it came from."), problems, title,
                problem, proposal));
        dialog.getFooter().add(cancel, submit);
        dialog.open();
        return dialog;
    }

    private static String abbreviate(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
