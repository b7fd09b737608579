package io.fruition.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Side;
import io.fruition.shared.InvalidInputException;

/** Sponsors' decisions on the investment in an approved idea. */
@Service
@Transactional(readOnly = true)
public class SponsorApprovals {

    private final ReviewAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    SponsorApprovals(ReviewAccess access, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public SponsorDecision record(long ideaId, String sponsor, Side side, Verdict verdict, String reason) {
        ReviewAccess.Access who = access.of(ideaId, sponsor);
        Idea idea = who.idea();
        List<String> problems = new ArrayList<>();
        if (side == null || !who.member().has(PartnershipRole.SPONSOR) || who.member().side() != side) {
            problems.add(sponsor + " is not a " + (side == null ? "" : side.label().toLowerCase() + "-side ")
                    + "sponsor of " + idea.getPrefix() + ".");
        } else if (of(ideaId).stream().anyMatch(d -> d.side() == side)) {
            problems.add("The " + side.label().toLowerCase() + " side's sponsor has decided on " + idea.getNumber()
                    + " already.");
        }
        if (verdict == null) {
            problems.add("Choose approve or reject.");
        }
        String text = reason == null ? "" : reason.strip();
        if (verdict == Verdict.REJECT && text.length() < 10) {
            problems.add("A rejection needs a reason of at least 10 characters: both sides will read it.");
        }
        if (text.length() > 2000) {
            problems.add("The reason has at most 2000 characters.");
        }
        InvalidInputException.refuseIf(problems);
        jdbc.sql("insert into sponsor_decision (idea_id, sponsor, side, verdict, reason, decided_at) values (?, ?, ?, ?, ?, ?)")
                .params(ideaId, sponsor, side.name(), verdict.name(), text.isEmpty() ? null : text,
                        Timestamp.from(clock.instant()))
                .update();
        return new SponsorDecision(ideaId, sponsor, side, verdict, text, clock.instant());
    }

    public List<SponsorDecision> of(long ideaId) {
        return jdbc.sql("select * from sponsor_decision where idea_id = ? order by decided_at").param(ideaId)
                .query((rs, n) -> new SponsorDecision(rs.getLong("idea_id"), rs.getString("sponsor"),
                        Side.valueOf(rs.getString("side")), Verdict.valueOf(rs.getString("verdict")),
                        rs.getString("reason"), rs.getTimestamp("decided_at").toInstant()))
                .list();
    }
}
