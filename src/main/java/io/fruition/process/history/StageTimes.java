package io.fruition.process.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.process.IdeaProcess;
import io.fruition.process.IdeaProcess.Element;

/**
 * Where a partnership's ideas spend their time: how long each stage of the lifecycle took (the step visits
 * Fruition keeps for the life of the partnership, {@link StepVisits}) and which steps are open, and late, right
 * now (the engine's runtime).
 */
@Service
@Transactional(readOnly = true)
public class StageTimes {

    /** The lifecycle's stages in order and the engine activities whose duration is the time spent in them. */
    private static final Map<String, List<String>> STAGES = stages();

    private final JdbcClient jdbc;

    StageTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, List<String>> stages() {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        stages.put("Screening", List.of(Element.SCREEN_IDEA));
        stages.put("Clarification by the submitter", List.of(Element.CLARIFY_IDEA));
        stages.put("Valuation (each side's estimate)",
                List.of(Element.ESTIMATE_CUSTOMER_VALUE, Element.ESTIMATE_SUPPLIER_VALUE));
        stages.put("Board review (a round of votes)",
                List.of(Element.BOARD_VOTE + "#multiInstanceBody", Element.CHAIR_DECISION));
        stages.put("Revision by the submitter", List.of(Element.REVISE_IDEA));
        stages.put("Sponsor approval", List.of(Element.SPONSOR_APPROVAL));
        stages.put("Delivery (plan to acceptance)", List.of(Element.DELIVERY));
        stages.put("Benefits review (waiting and recording)",
                List.of(Element.BENEFITS_REVIEW_DUE, Element.RECORD_CUSTOMER_BENEFIT, Element.RECORD_SUPPLIER_BENEFIT));
        return stages;
    }

    /** Time spent in one stage: how often it was completed, and the median and 90th percentile in seconds. */
    public record StageTime(String stage, long completed, Double medianSeconds, Double p90Seconds) {
    }

    /** An open human step and how many of its tasks are past their due date. */
    public record OpenStep(String stepKey, String step, long open, long overdue) {

        /** Whether this is the screening step, whose due date is the partnership's screening SLA. */
        public boolean screening() {
            return Element.SCREEN_IDEA.equals(stepKey);
        }
    }

    /** Time in each stage, for the stage visits that started in [from, to) in a partnership. */
    public List<StageTime> timeInStages(String prefix, Instant from, Instant to) {
        // The CASE gives each stage's position; names stay out of the SQL.
        List<String> names = new ArrayList<>(STAGES.keySet());
        StringBuilder stageOf = new StringBuilder("case");
        List<String> activities = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> ids = STAGES.get(names.get(i));
            stageOf.append(" when activity_id in (")
                    .append(ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")))
                    .append(") then ").append(i);
            activities.addAll(ids);
        }
        stageOf.append(" end");
        String in = activities.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        Map<String, StageTime> found = new LinkedHashMap<>();
        jdbc.sql("select " + stageOf + " as stage, count(*) as completed,"
                + " percentile_cont(0.5) within group (order by duration_ms) as median_ms,"
                + " percentile_cont(0.9) within group (order by duration_ms) as p90_ms"
                + " from step_visit where tenant = ? and activity_id in (" + in + ")"
                + " and ended_at is not null and duration_ms is not null and started_at >= ? and started_at < ?"
                + " and not canceled"
                + " group by " + stageOf)
                .params(prefix, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new StageTime(names.get(rs.getInt("stage")), rs.getLong("completed"),
                        rs.getDouble("median_ms") / 1000.0, rs.getDouble("p90_ms") / 1000.0))
                .list().forEach(t -> found.put(t.stage(), t));
        return STAGES.keySet().stream()
                .map(stage -> found.getOrDefault(stage, new StageTime(stage, 0, null, null)))
                .toList();
    }

    /** The partnership's open human steps right now, in the order of the lifecycle, with how many are late. */
    public List<OpenStep> openSteps(String prefix, Instant now) {
        List<String> order = IdeaProcess.USER_STEPS;
        Map<String, OpenStep> counts = new LinkedHashMap<>();
        jdbc.sql("select task_def_key_ as step, min(name_) as name, count(*) as open,"
                + " sum(case when due_date_ < ? then 1 else 0 end) as overdue"
                + " from act_ru_task where tenant_id_ = ? group by task_def_key_")
                .params(Timestamp.from(now), prefix)
                .query((rs, n) -> Map.entry(rs.getString("step"),
                        new OpenStep(rs.getString("step"), rs.getString("name"), rs.getLong("open"), rs.getLong("overdue"))))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return order.stream().filter(counts::containsKey).map(counts::get).toList();
    }

    /**
     * The process instances of the partnership's ideas whose screening is past its due date now, longest
     * waiting first.
     */
    public List<String> lateScreeningInstances(String prefix, Instant now, int limit) {
        return jdbc.sql("select t.proc_inst_id_ from act_ru_task t where t.tenant_id_ = ? and t.task_def_key_ = ?"
                + " and t.due_date_ < ? order by t.due_date_ fetch first " + limit + " rows only")
                .params(prefix, Element.SCREEN_IDEA, Timestamp.from(now)).query(String.class).list();
    }
}
