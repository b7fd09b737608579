package io.fruition.process.engine;

import java.util.function.Predicate;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import io.fruition.partnership.Partnerships;
import io.fruition.process.IdeaProcess;
import io.fruition.process.PulseProcess;

/**
 * The models are deployed once for everyone; each process instance belongs to the partnership (tenant) of its
 * idea or pulse round; only the partnership calendar, which carries no partnership's data, belongs to none. Tasks, jobs and history inherit the tenant, which is what lets the engine keep partnerships apart in
 * every query, its REST API and Camunda's webapps included.
 */
@Component
public class PartnershipTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

    private final Predicate<String> partnershipExists;

    @Autowired
    PartnershipTenants(@Lazy Partnerships partnerships) {
        this(prefix -> partnerships.byPrefix(prefix).isPresent());
    }

    /** With the partnerships given, for process tests without the partnership module. */
    public PartnershipTenants(Predicate<String> partnershipExists) {
        this.partnershipExists = partnershipExists;
    }

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
        if (PulseProcess.CALENDAR_KEY.equals(ctx.getProcessDefinition().getKey())) {
            // The engine's daily look at every partnership belongs to none; what it begins belongs to one.
            return null;
        }
        Object partnership = ctx.getVariables() == null ? null : IdeaProcess.PARTNERSHIP.from(ctx.getVariables());
        if (!(partnership instanceof String prefix) || prefix.isBlank()) {
            throw new BadUserRequestException("A process instance needs the variable '" + IdeaProcess.Var.PARTNERSHIP
                    + "' naming its partnership.");
        }
        if (!partnershipExists.test(prefix)) {
            throw new BadUserRequestException("There is no partnership '" + prefix + "'.");
        }
        Authentication caller = Context.getCommandContext().getAuthentication();
        if (caller != null && caller.getUserId() != null
                && (caller.getTenantIds() == null || !caller.getTenantIds().contains(prefix))) {
            // Whoever starts a process (administrators too), it belongs to one of their own partnerships.
            throw new AuthorizationException("You are not a member of partnership '" + prefix
                    + "', so you cannot start anything in it.");
        }
        return prefix;
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
