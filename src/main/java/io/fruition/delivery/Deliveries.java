package io.fruition.delivery;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;
import io.fruition.wording.Formats;

/** Delivering an approved idea: the plan, progress reports and the customer's acceptance. */
@Service
@Transactional(readOnly = true)
public class Deliveries {

    private final JdbcClient jdbc;
    private final Ideas ideas;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Deliveries(JdbcClient jdbc, Ideas ideas, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.ideas = ideas;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public DeliveryView plan(long ideaId, String owner, LocalDate targetDate, String milestones, String note) {
        Membership member = member(ideaId, owner);
        Idea idea = ideas.get(ideaId);
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        if (!member.has(PartnershipRole.DELIVERY_OWNER)) {
            problems.add(owner + " is not a delivery owner of " + idea.getPrefix() + ".");
        }
        if (ofIdea(ideaId).isPresent()) {
            problems.add(idea.getNumber() + " has a delivery plan already.");
        }
        if (targetDate == null) {
            problems.add("Set a target date for the delivery.");
        } else if (!targetDate.isAfter(today)) {
            problems.add("The target date " + Formats.forThisRequest().date(targetDate) + " must be in the future.");
        }
        if (note != null && note.strip().length() > 4000) {
            problems.add("The note has at most 4000 characters.");
        }
        MilestonePlan.Parsed plan = MilestonePlan.parse(milestones, today, targetDate);
        problems.addAll(plan.problems());
        InvalidInputException.refuseIf(problems);
        jdbc.sql("insert into delivery (idea_id, owner, target_date, note, planned_at) values (?, ?, ?, ?, ?)")
                .params(ideaId, owner, Date.valueOf(targetDate), blankToNull(note), Timestamp.from(clock.instant()))
                .update();
        int number = 1;
        for (MilestonePlan.Milestone m : plan.milestones()) {
            jdbc.sql("insert into delivery_milestone (idea_id, number, title, due_on, done) values (?, ?, ?, ?, false)")
                    .params(ideaId, number++, m.title(), Date.valueOf(m.dueOn())).update();
        }
        return ofIdea(ideaId).orElseThrow();
    }

    @Transactional
    public ProgressReportView report(long ideaId, String reporter, Rag rag, int percentComplete, String summary,
            Collection<Long> milestonesDone) {
        Membership member = member(ideaId, reporter);
        Idea idea = ideas.get(ideaId);
        DeliveryView delivery = ofIdea(ideaId)
                .orElseThrow(() -> new InvalidInputException(idea.getNumber() + " has no delivery plan yet."));
        List<String> problems = new ArrayList<>();
        if (!reporter.equals(delivery.owner()) && !member.has(PartnershipRole.DELIVERY_OWNER)) {
            problems.add(reporter + " does not deliver " + idea.getNumber() + ".");
        }
        if (delivery.accepted()) {
            problems.add(idea.getNumber() + " has been accepted; its delivery takes no more reports.");
        }
        if (rag == null) {
            problems.add("Choose a RAG status: green, amber or red.");
        }
        if (percentComplete < 0 || percentComplete > 100) {
            problems.add("Percent complete is between 0 and 100; it is " + percentComplete + ".");
        } else if (percentComplete < delivery.percentComplete()) {
            problems.add("The last report said " + delivery.percentComplete() + "% complete; progress does not go back to "
                    + percentComplete + "%.");
        }
        String text = summary == null ? "" : summary.strip();
        if (text.length() < 10 || text.length() > 4000) {
            problems.add("The summary has 10 to 4000 characters, so the customer knows where things stand.");
        }
        Set<Long> ours = delivery.milestones().stream().map(MilestoneView::id).collect(Collectors.toSet());
        List<Long> done = milestonesDone == null ? List.of() : List.copyOf(milestonesDone);
        if (!ours.containsAll(done)) {
            problems.add("Some milestones marked done are not part of the plan of " + idea.getNumber() + ".");
        }
        InvalidInputException.refuseIf(problems);
        Instant now = clock.instant();
        jdbc.sql("insert into progress_report (idea_id, reporter, rag, percent_complete, summary, reported_at) values (?, ?, ?, ?, ?, ?)")
                .params(ideaId, reporter, rag.name(), percentComplete, text, Timestamp.from(now)).update();
        for (Long id : done) {
            jdbc.sql("update delivery_milestone set done = true, done_at = ? where id = ? and done = false")
                    .params(Timestamp.from(now), id).update();
        }
        List<ProgressReportView> reports = ofIdea(ideaId).orElseThrow().reports();
        events.publishEvent(new ProgressReported(ideaId, idea.getNumber(), idea.getTitle(), idea.getPrefix(), reporter,
                rag, percentComplete, text));
        return reports.get(reports.size() - 1);
    }

    @Transactional
    public void accept(long ideaId, String customerLead, String note) {
        DeliveryView delivery = forAcceptance(ideaId, customerLead);
        if (note != null && note.strip().length() > 2000) {
            throw new InvalidInputException("The note has at most 2000 characters.");
        }
        jdbc.sql("update delivery set accepted_at = ?, accepted_by = ?, acceptance_note = ? where idea_id = ?")
                .params(Timestamp.from(clock.instant()), customerLead, blankToNull(note), delivery.ideaId()).update();
    }

    @Transactional
    public void sendBack(long ideaId, String customerLead, String reasons) {
        forAcceptance(ideaId, customerLead);
        String text = reasons == null ? "" : reasons.strip();
        if (text.length() < 10 || text.length() > 2000) {
            throw new InvalidInputException("Say why the delivery goes back, in 10 to 2000 characters.");
        }
        jdbc.sql("insert into delivery_return (idea_id, returned_by, reasons, returned_at) values (?, ?, ?, ?)")
                .params(ideaId, customerLead, text, Timestamp.from(clock.instant())).update();
    }

    /** Milestones past their due date, not done and not yet escalated. */
    public List<MilestoneView> overdueUnescalated(long ideaId) {
        return overdueUnescalated(ideaId, LocalDate.now(clock));
    }

    List<MilestoneView> overdueUnescalated(long ideaId, LocalDate today) {
        return milestones(ideaId).stream()
                .filter(m -> !m.done() && m.escalatedAt() == null && m.dueOn().isBefore(today))
                .toList();
    }

    @Transactional
    public void markEscalated(long ideaId, Collection<Long> milestoneIds) {
        for (Long id : milestoneIds) {
            jdbc.sql("update delivery_milestone set escalated_at = ? where id = ? and idea_id = ?")
                    .params(Timestamp.from(clock.instant()), id, ideaId).update();
        }
    }

    /** The delivery of an idea for a member of its partnership. */
    public Optional<DeliveryView> of(long ideaId, String username) {
        member(ideaId, username);
        return ofIdea(ideaId);
    }

    public Optional<DeliveryView> ofIdea(long ideaId) {
        return jdbc.sql("select * from delivery where idea_id = ?").param(ideaId)
                .query((rs, n) -> view(rs)).optional();
    }

    private DeliveryView forAcceptance(long ideaId, String customerLead) {
        Membership member = member(ideaId, customerLead);
        Idea idea = ideas.get(ideaId);
        List<String> problems = new ArrayList<>();
        if (member.side() != Side.CUSTOMER || !member.has(PartnershipRole.INNOVATION_LEAD)) {
            problems.add("Only an innovation lead of the customer side accepts or returns a delivery.");
        }
        Optional<DeliveryView> delivery = ofIdea(ideaId);
        if (delivery.isEmpty()) {
            problems.add(idea.getNumber() + " has no delivery plan yet.");
        } else if (delivery.get().accepted()) {
            problems.add(idea.getNumber() + " has been accepted already.");
        }
        InvalidInputException.refuseIf(problems);
        return delivery.get();
    }

    private Membership member(long ideaId, String username) {
        return ideas.membershipFor(ideaId, username);
    }

    private DeliveryView view(ResultSet rs) throws SQLException {
        long ideaId = rs.getLong("idea_id");
        Timestamp accepted = rs.getTimestamp("accepted_at");
        List<ProgressReportView> reports = jdbc.sql("select * from progress_report where idea_id = ? order by reported_at, id")
                .param(ideaId)
                .query((r, n) -> new ProgressReportView(r.getLong("id"), r.getString("reporter"), Rag.valueOf(r.getString("rag")),
                        r.getInt("percent_complete"), r.getString("summary"), r.getTimestamp("reported_at").toInstant()))
                .list();
        List<DeliveryView.Returned> returns = jdbc.sql("select * from delivery_return where idea_id = ? order by returned_at, id")
                .param(ideaId)
                .query((r, n) -> new DeliveryView.Returned(r.getString("returned_by"), r.getString("reasons"),
                        r.getTimestamp("returned_at").toInstant()))
                .list();
        return new DeliveryView(ideaId, rs.getString("owner"), rs.getDate("target_date").toLocalDate(),
                rs.getString("note"), rs.getTimestamp("planned_at").toInstant(), milestones(ideaId), reports, returns,
                accepted == null ? null : accepted.toInstant(), rs.getString("accepted_by"), rs.getString("acceptance_note"));
    }

    private List<MilestoneView> milestones(long ideaId) {
        return jdbc.sql("select * from delivery_milestone where idea_id = ? order by number").param(ideaId)
                .query((r, n) -> new MilestoneView(r.getLong("id"), r.getInt("number"), r.getString("title"),
                        r.getDate("due_on").toLocalDate(), r.getBoolean("done"), instant(r.getTimestamp("done_at")),
                        instant(r.getTimestamp("escalated_at"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
