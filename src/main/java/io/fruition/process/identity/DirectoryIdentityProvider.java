package io.fruition.process.identity;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.rest.exception.RestException;

import io.fruition.security.SignInThrottledException;
import jakarta.ws.rs.core.Response.Status;

/** The engine's read-only view of {@link Directory}. Users and memberships are managed in Fruition, not here. */
class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

    private final Directory directory;

    DirectoryIdentityProvider(Directory directory) {
        this.directory = directory;
    }

    @Override
    public User findUserById(String userId) {
        return createUserQuery(Context.getCommandContext()).userId(userId).singleResult();
    }

    @Override
    public UserQuery createUserQuery() {
        return new DirectoryUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), directory);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new DirectoryUserQuery(directory);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in Fruition's directory.");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        try {
            return userId != null && directory.checkPassword(userId, password);
        } catch (SignInThrottledException throttled) {
            // Camunda's webapps answer a REST exception with its status: 429, like every other way in.
            throw new RestException(Status.TOO_MANY_REQUESTS, throttled, throttled.getMessage());
        }
    }

    @Override
    public Group findGroupById(String groupId) {
        return createGroupQuery(Context.getCommandContext()).groupId(groupId).singleResult();
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new DirectoryGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), directory);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new DirectoryGroupQuery(directory);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return createTenantQuery(Context.getCommandContext()).tenantId(tenantId).singleResult();
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new DirectoryTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), directory);
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new DirectoryTenantQuery(directory);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
