package io.fruition.process.steps;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.fruition.commitment.CommitmentReview;
import io.fruition.pulse.PulseRounds;

/**
 * The engine's daily look at every partnership (bpmn/partnership-calendar.bpmn): the pulse rounds that are due
 * begin, and the commitments are reviewed. Timers inside the engine, never a cron job outside it: on two nodes the
 * job runs once.
 */
@Component("calendar")
public class PartnershipCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(PartnershipCalendar.class);

    private final PulseRounds rounds;
    private final CommitmentReview review;

    PartnershipCalendar(PulseRounds rounds, CommitmentReview review) {
        this.rounds = rounds;
        this.review = review;
    }

    public void openDueRounds(DelegateExecution execution) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        for (String prefix : rounds.due(today)) {
            LOG.info("Pulse round due for {}: it begins with the supplier's predictions", prefix);
            rounds.startDue(prefix);
        }
    }

    public void reviewCommitments(DelegateExecution execution) {
        review.run();
    }
}
