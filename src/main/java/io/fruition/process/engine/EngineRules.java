package io.fruition.process.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import io.fruition.form.FormValidator;

/**
 * Puts Fruition's rules into the engine itself, so that they hold on every route — our services, the REST API,
 * Camunda's webapps: the guarded services ({@link GuardedTaskService}, {@link GuardedFormService},
 * {@link OperatorOnlyDetails}), the members' grants ({@link EngineGrants}), and a check at start-up that the
 * configuration keeps the engine's authorization checks on (application.yaml sets them).
 */
@Component
class EngineRules extends AbstractProcessEnginePlugin {

    private final FormValidator validator;
    private final StepInputRules rules;
    private final StepFormContext forms;

    EngineRules(FormValidator validator, @Lazy StepInputRules rules, @Lazy StepFormContext forms) {
        this.validator = validator;
        this.rules = rules;
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskCompletions completions = new TaskCompletions(validator, rules, forms);
        configuration.setTaskService(new GuardedTaskService(completions));
        configuration.setFormService(new GuardedFormService(completions));
        configuration.setManagementService(new OperatorOnlyDetails.Management(configuration));
        configuration.setHistoryService(new OperatorOnlyDetails.History());
        configuration.setExternalTaskService(new OperatorOnlyDetails.ExternalTasks());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        require(configuration.isAuthorizationEnabled(), "camunda.bpm.authorization.enabled must be true");
        require(configuration.isTenantCheckEnabled(), "camunda.bpm.authorization.tenant-check-enabled must be true");
        require(configuration.isEnforceSpecificVariablePermission(),
                "enforce-specific-variable-permission must be true: members read only their own tasks' variables");
        require(configuration.isEnableHistoricInstancePermissions(), "enable-historic-instance-permissions must be true");
        require(Permissions.TASK_WORK.getName().equals(configuration.getDefaultUserPermissionNameForTask()),
                "default-user-permission-name-for-task must be TASK_WORK: a candidate works on a task, nothing more");
        require(!configuration.isEnableExpressionsInStoredQueries() && !configuration.isEnableExpressionsInAdhocQueries(),
                "expressions in stored and ad-hoc queries must be off");
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        EngineGrants.apply(engine);
    }

    private static void require(boolean condition, String setting) {
        if (!condition) {
            throw new IllegalStateException("Fruition's security model needs the engine's checks: " + setting + ".");
        }
    }
}
