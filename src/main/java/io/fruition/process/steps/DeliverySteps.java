package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.ACCEPTANCE;
import static io.fruition.process.IdeaProcess.ACCEPTANCE_NOTE;
import static io.fruition.process.IdeaProcess.DELIVERY_NOTE;
import static io.fruition.process.IdeaProcess.DELIVERY_OWNER;
import static io.fruition.process.IdeaProcess.DELIVERY_TARGET_DATE;
import static io.fruition.process.IdeaProcess.IDEA_ID;
import static io.fruition.process.IdeaProcess.MILESTONES;
import static io.fruition.process.IdeaProcess.MILESTONES_DONE;
import static io.fruition.process.IdeaProcess.PERCENT_COMPLETE;
import static io.fruition.process.IdeaProcess.PROGRESS_SUMMARY;
import static io.fruition.process.IdeaProcess.RAG;
import static io.fruition.process.IdeaProcess.RETURN_REASONS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.delivery.Deliveries;
import io.fruition.delivery.DeliveryView;
import io.fruition.delivery.MilestoneView;
import io.fruition.shared.InvalidInputException;
import io.fruition.wording.Formats;

/** Planning, progress reports and the customer's acceptance of a delivery. */
@Component("delivery")
public class DeliverySteps {

    private final Deliveries deliveries;

    DeliverySteps(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    public void planned(DelegateTask task) {
        String owner = Actors.of(task);
        deliveries.plan(IDEA_ID.expected(task), owner, DELIVERY_TARGET_DATE.from(task),
                milestoneLines(MILESTONES.from(task)), DELIVERY_NOTE.from(task));
        DELIVERY_OWNER.on(task.getExecution().getProcessInstance()).set(owner);
    }

    /**
     * The plan's milestones as the delivery module reads them, one "date title" line each: from the form's rows
     * ({@code [{dueOn, title}, …]}), or as typed lines from a client of an earlier version of the form.
     */
    static String milestoneLines(Object milestones) {
        if (!(milestones instanceof Collection<?> rows)) {
            return milestones == null ? null : milestones.toString();
        }
        StringBuilder lines = new StringBuilder();
        for (Object row : rows) {
            if (row instanceof Map<?, ?> item) {
                Object due = item.get("dueOn");
                Object title = item.get("title");
                lines.append(due == null ? "" : due.toString().strip()).append(' ')
                        .append(title == null ? "" : title.toString().strip()).append('\n');
            }
        }
        return lines.toString();
    }

    public void reported(DelegateTask task) {
        long ideaId = IDEA_ID.expected(task);
        int percent = PERCENT_COMPLETE.required(task, "Say how far the delivery is, in percent.");
        deliveries.report(ideaId, Actors.of(task), RAG.required(task, "Choose a RAG status."), percent,
                PROGRESS_SUMMARY.from(task), milestoneIds(ideaId, MILESTONES_DONE.from(task)));
    }

    /**
     * The plan's milestones not finished yet, as the progress report offers them to tick: the value is the
     * milestone's number in the plan, the label its title and due date.
     */
    List<Map<String, String>> openMilestones(long ideaId, Formats formats) {
        return deliveries.ofIdea(ideaId).map(DeliveryView::milestones).orElse(List.of()).stream()
                .filter(m -> !m.done())
                .map(m -> Map.of("value", String.valueOf(m.number()), "label", m.number() + ". " + m.title()
                        + (m.dueOn() == null ? "" : ", due " + formats.date(m.dueOn()))))
                .toList();
    }

    public void acceptanceDecided(DelegateTask task) {
        long ideaId = IDEA_ID.expected(task);
        switch (ACCEPTANCE.required(task, "Accept the delivery or send it back.")) {
            case ACCEPT -> deliveries.accept(ideaId, Actors.of(task), ACCEPTANCE_NOTE.from(task));
            case RETURN -> deliveries.sendBack(ideaId, Actors.of(task), RETURN_REASONS.from(task));
        }
    }

    /**
     * The milestones ticked in the form (their numbers in the plan, ["1", "3"]), or typed as "1, 3" by a client
     * of an earlier version of the form.
     */
    private List<Long> milestoneIds(long ideaId, Object ticked) {
        List<String> numbers = new ArrayList<>();
        if (ticked instanceof Collection<?> list) {
            list.forEach(n -> numbers.add(String.valueOf(n)));
        } else if (ticked != null) {
            numbers.addAll(List.of(ticked.toString().split("[,;\\s]+")));
        }
        if (numbers.stream().allMatch(String::isBlank)) {
            return List.of();
        }
        List<MilestoneView> milestones = deliveries.ofIdea(ideaId).map(DeliveryView::milestones).orElse(List.of());
        List<Long> ids = new ArrayList<>();
        for (String part : numbers) {
            if (part.isBlank()) {
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("'" + part + "' is not a milestone number; use the numbers 1 to "
                        + milestones.size() + ".");
            }
            if (n < 1 || n > milestones.size()) {
                throw new InvalidInputException("There is no milestone " + n + "; the plan has " + milestones.size() + ".");
            }
            ids.add(milestones.get(n - 1).id());
        }
        return ids;
    }
}
