package io.fruition.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.fruition.delivery.ProgressReported;
import io.fruition.idea.Idea;
import io.fruition.idea.IdeaStatus;
import io.fruition.idea.IdeaStatusChanged;
import io.fruition.idea.IdeaSubmitted;
import io.fruition.idea.Ideas;
import io.fruition.notification.NotificationProperties;
import io.fruition.process.DeadlinePassed;
import io.fruition.process.PulseDeadlinePassed;
import io.fruition.process.TaskOpened;
import io.fruition.pulse.PulseAnswered;

/**
 * What happened, as a webhook tells it: each feature's event becomes one event (with the idea's number, title,
 * status and link, and what the event adds) for every enabled endpoint of the partnership that subscribes to it,
 * written to the {@link WebhookOutbox} in the transaction of the change. Only the partnership's own endpoints are
 * asked, so no endpoint ever receives another partnership's events.
 */
@Component
class WebhookEvents {

    static final String TEST_TYPE = WebhookEvent.TYPE_PREFIX + "webhook.test";

    private final JdbcClient jdbc;
    private final Ideas ideas;
    private final WebhookOutbox outbox;
    private final String baseUrl;
    private final Clock clock;

    WebhookEvents(JdbcClient jdbc, Ideas ideas, WebhookOutbox outbox, NotificationProperties notification,
            Clock clock) {
        this.jdbc = jdbc;
        this.ideas = ideas;
        this.outbox = outbox;
        this.baseUrl = notification.baseUrl();
        this.clock = clock;
    }

    @EventListener
    void on(IdeaSubmitted e) {
        Idea idea = ideas.get(e.ideaId());
        event(e.partnershipPrefix(), WebhookEvent.IDEA_SUBMITTED, idea.getNumber(),
                idea.getNumber() + " " + idea.getTitle() + " was submitted.", "/ideas/" + idea.getNumber(),
                Map.of("idea", idea(idea.getNumber(), idea.getTitle(), idea.getStatus())));
    }

    @EventListener
    void on(IdeaStatusChanged e) {
        String about = e.ideaNumber() + " " + e.ideaTitle();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idea", idea(e.ideaNumber(), e.ideaTitle(), e.to()));
        data.put("from", e.from() == null ? null : e.from().name());
        data.put("to", e.to().name());
        event(e.partnershipPrefix(), WebhookEvent.IDEA_STATUS_CHANGED, e.ideaNumber(), about + " is now "
                + e.to().label() + (e.from() == null ? "." : " (was " + e.from().label() + ")."),
                "/ideas/" + e.ideaNumber(), data);
        if (e.to() == IdeaStatus.REALISED) {
            event(e.partnershipPrefix(), WebhookEvent.IDEA_REALISED, e.ideaNumber(),
                    about + " is realised: its benefits are confirmed.", "/ideas/" + e.ideaNumber(),
                    Map.of("idea", idea(e.ideaNumber(), e.ideaTitle(), e.to())));
        }
    }

    @EventListener
    void on(TaskOpened e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task", Map.of("id", e.taskId(), "name", e.stepName(), "link", baseUrl + "/tasks/" + e.taskId()));
        String about;
        if (e.ideaNumber() != null) {
            data.put("idea", idea(e.ideaNumber(), e.ideaTitle(), ideas.get(e.ideaId()).getStatus()));
            about = e.ideaNumber() + " " + e.ideaTitle();
        } else {
            data.put("round", e.ideaTitle());
            about = e.ideaTitle();
        }
        event(e.partnership(), WebhookEvent.TASK_CREATED, e.ideaNumber() != null ? e.ideaNumber() : e.taskId(),
                "A task waits: " + e.stepName() + " · " + about + ".", "/tasks/" + e.taskId(), data);
    }

    @EventListener
    void on(DeadlinePassed e) {
        String what = switch (e.deadline()) {
            case SCREENING_OVERDUE -> "the screening is overdue";
            case PROGRESS_REPORT_OVERDUE -> "the progress report is overdue";
            case MILESTONES_OVERDUE -> "milestones are overdue";
            case PROGRESS_REPORT_DUE -> null; // due today, not late
        };
        if (what == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("overdue", e.deadline().name());
        data.put("idea", idea(e.ideaNumber(), e.ideaTitle(), ideas.get(e.ideaId()).getStatus()));
        data.put("milestones", e.milestones().stream().map(m -> Map.of("title", m.title(), "dueOn",
                m.dueOn().toString())).toList());
        event(e.partnership(), WebhookEvent.TASK_OVERDUE, e.ideaNumber(), e.ideaNumber() + " " + e.ideaTitle()
                + ": " + what + ".", "/ideas/" + e.ideaNumber(), data);
    }

    @EventListener
    void on(PulseDeadlinePassed e) {
        if (e.deadline() == PulseDeadlinePassed.Deadline.ANSWER_REMINDER) {
            return; // a reminder, not a late task
        }
        String what = e.deadline() == PulseDeadlinePassed.Deadline.PLAN_NOT_TAKEN_ON
                ? "nobody took the action plan on in time" : "an agreed action is overdue: " + e.what();
        event(e.partnership(), WebhookEvent.TASK_OVERDUE, "pulse-" + e.roundNumber(),
                "Pulse round " + e.roundNumber() + ": " + what + ".", "/pulse",
                Map.of("overdue", e.deadline().name(), "round", Map.of("number", e.roundNumber())));
    }

    @EventListener
    void on(ProgressReported e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idea", idea(e.ideaNumber(), e.ideaTitle(), ideas.get(e.ideaId()).getStatus()));
        data.put("report", Map.of("rag", e.rag().name(), "percentComplete", e.percentComplete(),
                "summary", WebhookMessages.cut(e.summary(), 1000)));
        event(e.partnershipPrefix(), WebhookEvent.DELIVERY_REPORTED, e.ideaNumber(), "Progress on " + e.ideaNumber()
                + " " + e.ideaTitle() + ": " + e.percentComplete() + "% complete, " + e.rag().name().toLowerCase()
                + ".", "/ideas/" + e.ideaNumber(), data);
    }

    /** Who answered and what they said stay confidential: the event says only that the round has an answer. */
    @EventListener
    void on(PulseAnswered e) {
        event(e.prefix(), WebhookEvent.PULSE_ANSWERED, "pulse-" + e.number(), e.amended()
                ? "An answer to pulse round " + e.number() + " was amended." : "Pulse round " + e.number()
                        + " has a new answer.", "/pulse",
                Map.of("round", Map.of("number", e.number()), "amended", e.amended()));
    }

    /** A test event for one endpoint, on or off (a person asked for it). */
    void test(Webhook webhook, String actor) {
        Instant now = clock.instant();
        WebhookMessages.Event event = new WebhookMessages.Event(UUID.randomUUID().toString(), TEST_TYPE,
                webhook.partnership(), null, now, "Test event from Fruition, sent by " + actor + ": this endpoint "
                        + "receives " + webhook.partnership() + "'s events.", "/webhooks", Map.of("test", true));
        outbox.queue(webhook.id(), webhook.flavour(), event);
    }

    private Map<String, Object> idea(String number, String title, IdeaStatus status) {
        Map<String, Object> idea = new LinkedHashMap<>();
        idea.put("number", number);
        idea.put("title", WebhookMessages.cut(title, 200));
        idea.put("status", status.name());
        idea.put("statusLabel", status.label());
        idea.put("link", baseUrl + "/ideas/" + number);
        return idea;
    }

    /** Writes the event for every enabled endpoint of the partnership that subscribes to it. */
    private void event(String partnership, WebhookEvent type, String subject, String text, String link,
            Map<String, Object> data) {
        List<Webhook> endpoints = jdbc.sql(Webhooks.SELECT + " where p.prefix = ? and w.enabled = true")
                .param(partnership).query(Webhooks::webhook).list().stream()
                .filter(w -> w.events().contains(type)).toList();
        if (endpoints.isEmpty()) {
            return;
        }
        WebhookMessages.Event event = new WebhookMessages.Event(UUID.randomUUID().toString(), type.cloudEventType(),
                partnership, subject, clock.instant(), WebhookMessages.cut(text, 1000), link, data);
        endpoints.forEach(w -> outbox.queue(w.id(), w.flavour(), event));
    }
}
