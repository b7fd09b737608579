package io.fruition.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.fruition.commitment.CommitmentAtRisk;
import io.fruition.commitment.CommitmentMissed;
import io.fruition.commitment.CommitmentProposed;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.process.PulseDeadlinePassed;
import io.fruition.pulse.ActionPlanDone;
import io.fruition.pulse.PulseResults;
import io.fruition.pulse.PulseRoundClosed;
import io.fruition.wording.Names;

/**
 * What people hear about the relationship: a round's results, a key contact who is unhappy, reminders and
 * escalations of the pulse, commitments proposed, at risk or missed. Written in the transaction of what happened.
 */
@Component
class RelationshipNotices {

    private final Notifications notifications;
    private final Partnerships partnerships;
    private final Names names;

    RelationshipNotices(Notifications notifications, Partnerships partnerships, Names names) {
        this.notifications = notifications;
        this.partnerships = partnerships;
        this.names = names;
    }

    static String pulseLink(String prefix) {
        return "/pulse?partnership=" + prefix;
    }

    static String commitmentsLink(String prefix) {
        return "/commitments?partnership=" + prefix;
    }

    @EventListener
    void on(PulseRoundClosed closed) {
        Set<String> everyone = new LinkedHashSet<>(partnerships.membersOf(closed.prefix()).stream()
                .map(Membership::username).toList());
        String subject = "Pulse round " + closed.number() + " has closed";
        String message = closed.score() != null
                ? "The relationship score is " + PulseResults.plain(closed.score()) + " out of 10; " + closed.answered()
                        + " of " + closed.invited() + " asked answered."
                : closed.answered() + " of " + closed.invited() + " asked answered: too few to show scores.";
        if (!closed.concerns().isEmpty()) {
            message += "\n\nWhat calls for an answer:\n- " + String.join("\n- ", closed.concerns());
        }
        send(NoticeKind.PULSE, everyone, closed.prefix(), subject, message, pulseLink(closed.prefix()));
        if (!closed.keyContactAlerts().isEmpty()) {
            send(NoticeKind.ESCALATION, supplierLeads(closed.prefix()), closed.prefix(),
                    "Pulse round " + closed.number() + ": a key contact is unhappy",
                    String.join("\n", closed.keyContactAlerts())
                            + "\n\nWhatever the average says, talk to them before the next round.",
                    pulseLink(closed.prefix()));
        }
    }

    @EventListener
    void on(PulseDeadlinePassed passed) {
        switch (passed.deadline()) {
            case ANSWER_REMINDER -> send(NoticeKind.REMINDER, passed.recipients(), passed.partnership(),
                    "Pulse round " + passed.roundNumber() + " closes soon",
                    "Your answer is still missing. It takes five minutes and it is confidential.",
                    pulseLink(passed.partnership()));
            case PLAN_NOT_TAKEN_ON -> send(NoticeKind.ESCALATION, passed.recipients(), passed.partnership(),
                    "Pulse round " + passed.roundNumber() + ": nobody has taken on the action plan",
                    "The customer's concerns wait for an answer. The plan is offered to you now; take it on.",
                    pulseLink(passed.partnership()));
            case ACTION_OVERDUE -> send(NoticeKind.ESCALATION, passed.recipients(), passed.partnership(),
                    "An action agreed with the customer is overdue",
                    "\u201c" + passed.what() + "\u201d (pulse round " + passed.roundNumber()
                            + ") is past its due date. The customer sees it until it is done.",
                    pulseLink(passed.partnership()));
        }
    }

    @EventListener
    void on(ActionPlanDone done) {
        Set<String> recipients = leads(done.prefix(), Side.CUSTOMER);
        if (done.author() != null) {
            recipients.add(done.author());
        }
        send(NoticeKind.PULSE, recipients, done.prefix(), "Every action answering pulse round " + done.roundNumber()
                + " is done", "The next round asks the customer whether they worked.", pulseLink(done.prefix()));
    }

    @EventListener
    void on(CommitmentProposed proposed) {
        send(NoticeKind.COMMITMENT, proposed.askedToAgree(), proposed.prefix(), "A commitment waits for your agreement",
                proposed.what() + ".\n\nProposed by " + names.of(proposed.proposedBy()) + ". It is in force once both "
                        + "sides agree; "
                        + "agree or decline it on the commitments page.", commitmentsLink(proposed.prefix()));
    }

    @EventListener
    void on(CommitmentAtRisk atRisk) {
        send(NoticeKind.COMMITMENT, bothLeads(atRisk.prefix()), atRisk.prefix(), "A commitment is at risk",
                atRisk.what() + " (" + atRisk.period() + ").\n\n" + atRisk.why(), commitmentsLink(atRisk.prefix()));
    }

    @EventListener
    void on(CommitmentMissed missed) {
        send(NoticeKind.COMMITMENT, bothLeads(missed.prefix()), missed.prefix(), "A commitment was missed in "
                + missed.period(), missed.what() + ".\n\n" + missed.why(), commitmentsLink(missed.prefix()));
    }

    private void send(NoticeKind kind, Set<String> recipients, String prefix, String subject, String message,
            String link) {
        if (recipients.isEmpty()) {
            return;
        }
        notifications.send(new Notice(kind, recipients, prefix, null, null, null, subject, message, link));
    }

    private Set<String> bothLeads(String prefix) {
        Set<String> leads = leads(prefix, Side.CUSTOMER);
        leads.addAll(leads(prefix, Side.SUPPLIER));
        return leads;
    }

    private Set<String> leads(String prefix, Side side) {
        return new LinkedHashSet<>(partnerships.withRole(prefix, PartnershipRole.INNOVATION_LEAD, Optional.of(side))
                .stream().map(Membership::username).toList());
    }

    private Set<String> supplierLeads(String prefix) {
        Set<String> leads = leads(prefix, Side.SUPPLIER);
        for (PartnershipRole role : List.of(PartnershipRole.ACCOUNT_MANAGER)) {
            partnerships.withRole(prefix, role, Optional.of(Side.SUPPLIER)).forEach(m -> leads.add(m.username()));
        }
        return leads;
    }
}
