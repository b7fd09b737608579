package io.fruition.process.steps;

import static io.fruition.process.IdeaProcess.integer;
import static io.fruition.process.IdeaProcess.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import io.fruition.delivery.Deliveries;
import io.fruition.delivery.DeliveryView;
import io.fruition.delivery.MilestoneView;
import io.fruition.delivery.Rag;
import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Var;
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
        deliveries.plan(IdeaProcess.ideaId(task), owner, date(task.getVariable(Var.DELIVERY_TARGET_DATE)),
                milestoneLines(task.getVariable(Var.MILESTONES)), text(task, Var.DELIVERY_NOTE));
        task.getExecution().getProcessInstance().setVariable(Var.DELIVERY_OWNER, owner);
    }

    /**
     * The plan's milestones as the delivery module reads them, one "date title" line each: from the form's rows
     * ({@code [{dueOn, title}, …]}), or as typed lines from a client of an earlier version of the form.
     */
    static String milestoneLines(Object milestones) {
        if (!(milestones instanceof java.util.Collection<?> rows)) {
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
        long ideaId = IdeaProcess.ideaId(task);
        Integer percent = integer(task, Var.PERCENT_COMPLETE);
        if (percent == null) {
            throw new InvalidInputException("Say how far the delivery is, in percent.");
        }
        deliveries.report(ideaId, Actors.of(task), BoardSteps.parse(Rag.class, text(task, Var.RAG), "a RAG status"),
                percent, text(task, Var.PROGRESS_SUMMARY), milestoneIds(ideaId, task.getVariable(Var.MILESTONES_DONE)));
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
        String decision = text(task, Var.ACCEPTANCE);
        long ideaId = IdeaProcess.ideaId(task);
        if ("ACCEPT".equals(decision)) {
            deliveries.accept(ideaId, Actors.of(task), text(task, Var.ACCEPTANCE_NOTE));
        } else if ("RETURN".equals(decision)) {
            deliveries.sendBack(ideaId, Actors.of(task), text(task, Var.RETURN_REASONS));
        } else {
            throw new InvalidInputException("Accept the delivery or send it back.");
        }
    }

    /**
     * The milestones ticked in the form (their numbers in the plan, ["1", "3"]), or typed as "1, 3" by a client
     * of an earlier version of the form.
     */
    private List<Long> milestoneIds(long ideaId, Object ticked) {
        List<String> numbers = new ArrayList<>();
        if (ticked instanceof java.util.Collection<?> list) {
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

    static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + text + "' is not a date like 2027-03-31.");
        }
    }
}
