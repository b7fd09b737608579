package io.fruition.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.test.mock.Mocks;

import io.fruition.partnership.PulseSettings;
import io.fruition.process.PulseProcess.Var;
import io.fruition.process.steps.PulseTimers;

/**
 * Stand-ins for the beans the pulse's BPMN calls, so the process tests see exactly what the model asks for and
 * decide the domain's outcomes themselves (whether a round's answers call for a plan, who owns which action). The
 * real beans are exercised by the pulse scenarios.
 */
final class PulseFakes {

    final List<String> calls = new ArrayList<>();
    final PulseTimers timers = new PulseTimers(prefix -> PulseSettings.DEFAULTS);
    List<String> predictors = List.of("sam", "mia");
    List<String> respondents = List.of("carl", "cathy", "nora");
    boolean concern = true;
    /** Each agreed action's id and owner. */
    Map<String, String> actionOwners = Map.of("11", "dave", "12", "sam");

    void register() {
        Mocks.register("pulse", new Pulse());
        Mocks.register("pulseAlerts", new Alerts());
        Mocks.register("pulseTimers", timers);
    }

    public class Pulse {
        public void prepare(DelegateExecution execution) {
            execution.setVariable(Var.PARTNERSHIP_NAME, "Globex ITC ↔ NorthGas");
            execution.setVariable(Var.PREDICTORS, new ArrayList<>(predictors));
            execution.setVariable(Var.PREDICTIONS_CLOSE_AT, timers.predictionsClose("NG"));
            calls.add("pulse.prepare");
        }

        public void predicted(DelegateTask task) {
            calls.add("pulse.predicted:" + task.getAssignee());
        }

        public void open(DelegateExecution execution) {
            Date closes = timers.roundCloses("NG");
            execution.setVariable(Var.RESPONDENTS, new ArrayList<>(respondents));
            execution.setVariable(Var.ROUND_CLOSES_AT, closes);
            execution.setVariable(Var.REMINDER_AT, timers.reminder("NG", closes));
            calls.add("pulse.open");
        }

        public void answered(DelegateTask task) {
            calls.add("pulse.answered:" + task.getAssignee());
        }

        public void close(DelegateExecution execution) {
            execution.setVariable(Var.NEEDS_ACTION_PLAN, concern);
            execution.setVariable(Var.PLAN_ID, concern ? 7L : null);
            execution.setVariable(Var.CONCERNS, concern ? "- Responsiveness: the customer's median is 4." : null);
            calls.add("pulse.close");
        }

        public String planners(String partnership) {
            return partnership + "-ACCOUNT_MANAGER-SUPPLIER";
        }

        public void planSubmitted(DelegateTask task) {
            calls.add("pulse.planSubmitted");
        }

        public void planDecided(DelegateTask task) {
            Object agreement = task.getVariable(Var.PLAN_AGREEMENT);
            if ("AGREE".equals(agreement)) {
                task.getExecution().getProcessInstance().setVariable(Var.ACTIONS,
                        new ArrayList<>(actionOwners.keySet().stream().sorted().toList()));
            }
            calls.add("pulse.planDecided:" + agreement);
        }

        public void trackAction(DelegateExecution execution) {
            String action = String.valueOf(execution.getVariable(Var.ACTION));
            execution.setVariableLocal(Var.ACTION_OWNER, actionOwners.get(action));
            execution.setVariableLocal(Var.ACTION_TITLE, "Action " + action);
            execution.setVariableLocal(Var.ACTION_DUE, LifecycleFakes.at(2026, 12, 18, 17));
            execution.setVariableLocal(Var.ACTION_OVERDUE_AT, LifecycleFakes.at(2026, 12, 19, 9));
            calls.add("pulse.trackAction:" + action);
        }

        public void actionDone(DelegateTask task) {
            calls.add("pulse.actionDone:" + task.getAssignee());
        }

        public void planDone(DelegateExecution execution) {
            calls.add("pulse.planDone");
        }
    }

    public class Alerts {
        public void remind(DelegateExecution execution) {
            calls.add("pulseAlerts.remind");
        }

        public void planNotTakenOn(DelegateExecution execution) {
            calls.add("pulseAlerts.planNotTakenOn");
        }

        public void actionOverdue(DelegateExecution execution) {
            calls.add("pulseAlerts.actionOverdue:" + execution.getVariable(Var.ACTION));
        }
    }
}
