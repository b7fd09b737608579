package io.fruition.process.history;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.runtime.ActivityInstanceState;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps every visit of a step of an idea's processes in Fruition's own table (step_visit), for the life of the
 * partnership: the engine's history is cleaned up a year after a process ends (application.yaml), but an idea's
 * timeline, its diagram and the portfolio's time in each stage must stay as they were. A handler of the engine's
 * history events next to its own: the visits of one transaction are gathered and written just before it commits,
 * in it, so they are saved exactly when the engine's changes are (a step that starts and ends in one transaction,
 * as gateways do, is one insert).
 */
@Component
class StepVisits extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private final JdbcClient jdbc;

    StepVisits(@Lazy JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomHistoryEventHandlers().add(this);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricActivityInstanceEventEntity activity) {
            Visit visit = pending().visit(activity.getActivityInstanceId());
            if (activity.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)) {
                visit.started(activity, businessKey(activity.getProcessInstanceId()));
            } else {
                visit.changed(activity);
            }
        } else if (event instanceof HistoricTaskInstanceEventEntity task && task.getActivityInstanceId() != null) {
            pending().visit(task.getActivityInstanceId()).task(task);
        }
    }

    /** The idea's number: the business key of the process instance (the delivery's is the lifecycle's). */
    private static String businessKey(String processInstanceId) {
        CommandContext command = Context.getCommandContext();
        if (command == null || processInstanceId == null) {
            return null;
        }
        ExecutionEntity instance = command.getExecutionManager().findExecutionById(processInstanceId);
        return instance == null ? null : instance.getBusinessKey();
    }

    /** This transaction's visits, written just before it commits (at once when there is no transaction). */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new Pending(jdbc, true);
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending created = new Pending(jdbc, false);
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    created.write();
                }

                // A transaction of its own inside this one (the engine's REQUIRES_NEW) gathers its own visits.
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(StepVisits.this);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(StepVisits.this, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(StepVisits.this);
                }
            });
            pending = created;
        }
        return pending;
    }

    private static final class Pending {
        private final JdbcClient jdbc;
        private final boolean immediate;
        private final Map<String, Visit> visits = new LinkedHashMap<>();

        Pending(JdbcClient jdbc, boolean immediate) {
            this.jdbc = jdbc;
            this.immediate = immediate;
        }

        Visit visit(String activityInstanceId) {
            return visits.computeIfAbsent(activityInstanceId, id -> new Visit(id, immediate ? this : null));
        }

        void write() {
            visits.values().forEach(v -> v.write(jdbc));
            visits.clear();
        }
    }

    /** What one transaction learnt of one visit: all of it when it started here, else what changed. */
    private static final class Visit {
        private final String id;
        private final Pending immediate;
        private boolean started;
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Visit(String id, Pending immediate) {
            this.id = id;
            this.immediate = immediate;
        }

        void started(HistoricActivityInstanceEventEntity activity, String ideaNumber) {
            started = true;
            fields.put("idea_number", ideaNumber);
            fields.put("tenant", activity.getTenantId());
            fields.put("process_definition_key", activity.getProcessDefinitionKey());
            fields.put("process_definition_id", activity.getProcessDefinitionId());
            fields.put("process_instance_id", activity.getProcessInstanceId());
            fields.put("activity_id", activity.getActivityId());
            fields.put("activity_type", activity.getActivityType());
            fields.putIfAbsent("name", activity.getActivityName());
            fields.put("started_at", timestamp(activity.getStartTime()));
            changed(activity);
        }

        void changed(HistoricActivityInstanceEventEntity activity) {
            if (activity.getTaskId() != null) {
                fields.put("task_id", activity.getTaskId());
            }
            if (activity.getEndTime() != null) {
                fields.put("ended_at", timestamp(activity.getEndTime()));
                fields.put("duration_ms", activity.getDurationInMillis());
                fields.put("canceled", activity.getActivityInstanceState() == ActivityInstanceState.CANCELED.getStateCode());
            }
            flushIfImmediate();
        }

        void task(HistoricTaskInstanceEventEntity task) {
            fields.put("task_id", task.getTaskId());
            fields.put("name", task.getName());
            fields.put("assignee", task.getAssignee());
            fields.put("due_at", timestamp(task.getDueDate()));
            flushIfImmediate();
        }

        private void flushIfImmediate() {
            if (immediate != null) {
                immediate.write();
            }
        }

        void write(JdbcClient jdbc) {
            if (fields.isEmpty()) {
                return;
            }
            if (started) {
                List<Object> values = new ArrayList<>();
                values.add(id);
                values.addAll(fields.values());
                jdbc.sql("insert into step_visit (activity_instance_id, " + String.join(", ", fields.keySet())
                        + ") values (?" + ", ?".repeat(fields.size()) + ")").params(values).update();
            } else {
                if (fields.get("ended_at") instanceof Timestamp ended && fields.get("duration_ms") == null) {
                    // The end of a step that started in an earlier transaction comes without its start.
                    jdbc.sql("select started_at from step_visit where activity_instance_id = ?").param(id)
                            .query(Timestamp.class).optional()
                            .ifPresent(start -> fields.put("duration_ms", ended.getTime() - start.getTime()));
                }
                StringBuilder set = new StringBuilder();
                fields.keySet().forEach(column -> set.append(set.isEmpty() ? "" : ", ").append(column).append(" = ?"));
                List<Object> values = new ArrayList<>(fields.values());
                values.add(id);
                jdbc.sql("update step_visit set " + set + " where activity_instance_id = ?").params(values).update();
            }
            started = false;
            fields.clear();
        }

        private static Timestamp timestamp(Date date) {
            return date == null ? null : new Timestamp(date.getTime());
        }
    }
}
