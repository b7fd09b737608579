package io.fruition.process.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import io.fruition.process.IdeaProcess;

/**
 * The timers of an idea a member cares about, with the date the engine will fire them: when the clarification
 * window closes, when voting closes, when the next progress report is due, when a parked idea comes back, when the
 * benefits review opens and who will be asked then. Read from the engine's own jobs, so the date shown is the date
 * that will happen.
 */
@Service
public class WaitingTimers {

    /** A timer that will fire: what happens, in words, when, and who is asked to do what then (if anyone). */
    public record Upcoming(String what, Instant at, String then) {
    }

    private static final Map<String, String[]> CARED_FOR = Map.of(
            IdeaProcess.Element.CLARIFICATION_EXPIRED,
            new String[] {"The clarification window closes; unanswered, the idea is withdrawn", null},
            IdeaProcess.Element.VOTING_DEADLINE,
            new String[] {"Voting closes; the votes cast by then count", null},
            IdeaProcess.Element.PARKED,
            new String[] {"The parked idea comes back for a fresh screening", "the innovation leads screen it again"},
            IdeaProcess.Element.BENEFITS_REVIEW_DUE,
            new String[] {"The benefits review opens", "both sides' innovation leads record the realised benefit"},
            IdeaProcess.DeliveryElement.REPORT_DUE,
            new String[] {"The next progress report is due", "the delivery owner is reminded"});

    private final JdbcClient jdbc;

    WaitingTimers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The idea's waiting timers, soonest first; none once its processes have ended. One query on the engine's job
     * tables (its process and the delivery it calls share the idea's number as business key): through the engine's
     * query API this took two queries per read and was a fifth of an API read's time (JFR, issue 14).
     */
    public List<Upcoming> of(String ideaNumber) {
        List<Upcoming> upcoming = new ArrayList<>();
        jdbc.sql("""
                select d.act_id_, j.duedate_ from act_ru_job j
                join act_ru_jobdef d on d.id_ = j.job_def_id_
                join act_ru_execution p on p.id_ = j.process_instance_id_
                where p.business_key_ = :number and j.type_ = 'timer' and j.duedate_ is not null
                  and d.act_id_ in (:activities)""")
                .param("number", ideaNumber).param("activities", List.copyOf(CARED_FOR.keySet()))
                .query((rs, n) -> {
                    String[] words = CARED_FOR.get(rs.getString(1));
                    return upcoming.add(new Upcoming(words[0], rs.getTimestamp(2).toInstant(), words[1]));
                }).list();
        upcoming.sort(Comparator.comparing(Upcoming::at));
        return upcoming;
    }
}
