package io.fruition.process.identity;

import java.util.Optional;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Whom a member asking the engine may see: the people, groups and partnerships of their own partnerships. The
 * application itself and administrators see the whole directory.
 */
record CallerScope(String userId, Set<String> tenants, Set<String> groups) {

    /** The scope of the engine command running now; empty when it runs for the application or an administrator. */
    static Optional<CallerScope> current() {
        CommandContext context = Context.getCommandContext();
        if (context == null || !context.isAuthorizationCheckEnabled()) {
            return Optional.empty();
        }
        Authentication authentication = context.getAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        Set<String> groups = authentication.getGroupIds() == null ? Set.of() : new HashSet<>(authentication.getGroupIds());
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return Optional.empty();
        }
        Set<String> tenants = authentication.getTenantIds() == null ? Set.of()
                : new HashSet<>(authentication.getTenantIds());
        return Optional.of(new CallerScope(authentication.getUserId(), tenants, groups));
    }

    boolean sees(Directory.DirectoryUser user) {
        return user.id().equals(userId) || user.tenants().stream().anyMatch(tenants::contains);
    }

    boolean sees(Directory.DirectoryGroup group) {
        return group.tenant() == null ? groups.contains(group.id()) : tenants.contains(group.tenant());
    }

    boolean sees(Directory.DirectoryTenant tenant) {
        return tenants.contains(tenant.id());
    }
}
