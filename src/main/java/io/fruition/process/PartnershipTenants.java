package io.fruition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * The models are deployed once for everyone; each process instance belongs to the partnership (tenant) of its
 * idea. Tasks, jobs and history inherit the tenant, which is what lets the engine keep partnerships apart in
 * every query, its REST API and Camunda's webapps included.
 */
@Component
class PartnershipTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution parent = ctx.getSuperExecution();
        if (parent != null) {
            return parent.getTenantId();
        }
        Object partnership = ctx.getVariables() == null ? null : ctx.getVariables().get(IdeaProcess.Var.PARTNERSHIP);
        if (partnership instanceof String prefix && !prefix.isBlank()) {
            return prefix;
        }
        throw new IllegalArgumentException("A process instance needs the variable '" + IdeaProcess.Var.PARTNERSHIP
                + "' naming its partnership.");
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
}
