package io.fruition.process.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

    private final RuntimeService runtime;
    private final ManagementService management;
    /**
     * The activity of every job definition: they never change, so they are read once, and again only when a job
     * of a definition not seen yet turns up (a new deployment).
     */
    private final Map<String, String> activityOfDefinition = new ConcurrentHashMap<>();

    WaitingTimers(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** The idea's waiting timers, soonest first; none once its processes have ended. */
    public List<Upcoming> of(String ideaNumber) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ideaNumber)
                .list();
        if (instances.isEmpty()) {
            return List.of();
        }
        List<Upcoming> upcoming = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                String[] words = CARED_FOR.get(activityOf(job.getJobDefinitionId()));
                if (words != null && job.getDuedate() != null) {
                    upcoming.add(new Upcoming(words[0], job.getDuedate().toInstant(), words[1]));
                }
            }
        }
        upcoming.sort(Comparator.comparing(Upcoming::at));
        return upcoming;
    }

    /** The activity of a job definition; "" for none (a job without a definition cares nobody here). */
    private String activityOf(String jobDefinitionId) {
        if (jobDefinitionId == null) {
            return "";
        }
        if (!activityOfDefinition.containsKey(jobDefinitionId)) {
            management.createJobDefinitionQuery().list()
                    .forEach(d -> activityOfDefinition.put(d.getId(), String.valueOf(d.getActivityId())));
        }
        return activityOfDefinition.getOrDefault(jobDefinitionId, "");
    }
}
