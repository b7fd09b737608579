package io.fruition.process.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** Who is calling the engine inside a command, and the checks Fruition adds to the engine's own. */
final class EngineAccess {

    private EngineAccess() {
    }

    /**
     * Whether the command runs for the application itself (no signed-in user: our services, the job executor)
     * or for an administrator ({@code camunda-admin}), who operates the engine.
     */
    static boolean isOperator(CommandContext context) {
        Authentication authentication = context.getAuthentication();
        return authentication == null || authentication.getUserId() == null
                || context.getAuthorizationManager().isCamundaAdmin(authentication);
    }

    /** Refuses what only an administrator may do, when a member asks for it. */
    static void requireOperator(CommandContext context, String what) {
        if (!isOperator(context)) {
            throw new AuthorizationException("Only an administrator may " + what + ".");
        }
    }

    /** Runs the engine's own command, for an administrator or the application only. */
    static <T> T operatorOnly(CommandExecutor executor, String what, Command<T> command) {
        return executor.execute(context -> {
            requireOperator(context, what);
            return command.execute(context);
        });
    }

    static TaskEntity openTask(CommandContext context, String taskId) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new NotFoundException("There is no open task '" + taskId + "': it was completed, or never existed.");
        }
        return task;
    }
}
