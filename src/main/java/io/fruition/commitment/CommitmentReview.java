package io.fruition.commitment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;

/**
 * The daily look at every commitment in force (the partnership calendar runs it inside the engine): one at risk of
 * missing its period is told to both sides' innovation leads once per period, and a period that ended missed is
 * recorded once.
 */
@Service
@Transactional
public class CommitmentReview {

    private final JdbcClient jdbc;
    private final Commitments commitments;
    private final CommitmentActuals actuals;
    private final Partnerships partnerships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommitmentReview(JdbcClient jdbc, Commitments commitments, CommitmentActuals actuals, Partnerships partnerships,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.commitments = commitments;
        this.actuals = actuals;
        this.partnerships = partnerships;
        this.events = events;
        this.clock = clock;
    }

    /** A missed period as recorded. */
    public record Miss(long commitmentId, String period, BigDecimal target, BigDecimal actual,
            Instant recordedAt) {
    }

    /** Reviews every active partnership's commitments now; returns what it found to tell. */
    public List<Object> run() {
        Instant now = clock.instant();
        List<Object> told = new ArrayList<>();
        for (Partnership p : partnerships.all()) {
            if (!p.isActive()) {
                continue;
            }
            for (Commitment c : commitments.inForce(p.getPrefix())) {
                review(c, now, p.getCurrency(), told);
            }
        }
        return told;
    }

    private void review(Commitment c, Instant now, String currency, List<Object> told) {
        Period current = CommitmentActuals.currentPeriod(c, now);
        CommitmentActuals.Progress progress = actuals.progress(c, current, now, currency);
        if (progress.mark() == Mark.AT_RISK && !current.label().equals(atRiskPeriod(c.id()))) {
            jdbc.sql("update commitment set at_risk_period = ? where id = ?").params(current.label(), c.id()).update();
            CommitmentAtRisk atRisk = new CommitmentAtRisk(c.id(), c.prefix(), progress.what(), progress.why(),
                    current.label());
            events.publishEvent(atRisk);
            told.add(atRisk);
        }
        List<Period> ended = new ArrayList<>();
        switch (c.kind()) {
            case SUPPLIER_IDEAS_PER_QUARTER, FIRST_RESPONSE_DAYS, BOARD_DECISION_SHARE -> {
                Period previous = current.previous();
                if (c.inForceAt() != null && !c.inForceAt().isAfter(previous.start())) {
                    ended.add(previous);
                }
            }
            case RELATIONSHIP_SCORE -> {
                if (current.isOver(now)) {
                    ended.add(current);
                }
            }
            case INNOVATION_FUND -> {
            }
        }
        for (Period period : ended) {
            if (missRecorded(c.id(), period.label())) {
                continue;
            }
            CommitmentActuals.Progress outcome = actuals.progress(c, period, now, currency);
            if (outcome.mark() == Mark.MISSED) {
                jdbc.sql("insert into commitment_miss (commitment_id, period, target, actual, recorded_at) "
                        + "values (?, ?, ?, ?, ?)").params(c.id(), period.label(), c.target(), outcome.actual(),
                                Timestamp.from(now)).update();
                CommitmentMissed missed = new CommitmentMissed(c.id(), c.prefix(), outcome.what(), outcome.why(),
                        period.label());
                events.publishEvent(missed);
                told.add(missed);
            }
        }
    }

    /** The periods the partnership's commitments were missed in, newest first. */
    @Transactional(readOnly = true)
    public List<Miss> misses(String prefix) {
        return jdbc.sql("""
                select m.* from commitment_miss m join commitment c on c.id = m.commitment_id
                join partnership p on p.id = c.partnership_id where p.prefix = ? order by m.recorded_at desc""")
                .param(prefix).query((rs, n) -> new Miss(rs.getLong("commitment_id"), rs.getString("period"),
                        rs.getBigDecimal("target"), rs.getBigDecimal("actual"),
                        rs.getTimestamp("recorded_at").toInstant())).list();
    }

    private String atRiskPeriod(long id) {
        return jdbc.sql("select at_risk_period from commitment where id = ?").param(id).query(String.class)
                .optional().orElse(null);
    }

    private boolean missRecorded(long id, String period) {
        return jdbc.sql("select count(*) from commitment_miss where commitment_id = ? and period = ?")
                .params(id, period).query(Long.class).single() > 0;
    }

}
