package io.fruition.process.identity;

import java.util.Optional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

class DirectoryTenantQuery extends TenantQueryImpl {

    private final transient Directory directory;

    DirectoryTenantQuery(Directory directory) {
        this.directory = directory;
    }

    DirectoryTenantQuery(CommandExecutor executor, Directory directory) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matches().size();
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
        return Matching.page(matches(), page);
    }

    private List<Tenant> matches() {
        List<Directory.DirectoryTenant> candidates;
        if (userId != null && groupId == null) {
            // "Which tenants is this user in?" is asked on every authenticated request to the engine's REST API.
            // A user belongs to the tenants of their memberships; groups are per partnership, so "including groups"
            // adds nothing a membership does not already give.
            candidates = directory.tenantsOf(userId);
        } else {
            Directory.Snapshot snapshot = directory.snapshot();
            Set<String> allowed = null;
            if (userId != null) {
                allowed = snapshot.users().stream().filter(u -> u.id().equals(userId)).findFirst()
                        .map(u -> (Set<String>) new HashSet<>(u.tenants())).orElse(new HashSet<>());
            }
            if (groupId != null) {
                Set<String> ofGroup = snapshot.tenantsOfGroup(groupId);
                allowed = allowed == null ? ofGroup : intersect(allowed, ofGroup);
            }
            Set<String> filter = allowed;
            candidates = snapshot.tenants().stream().filter(t -> filter == null || filter.contains(t.id())).toList();
        }
        Optional<CallerScope> caller = CallerScope.current();
        return candidates.stream()
                .filter(t -> caller.map(c -> c.sees(t)).orElse(true))
                .filter(t -> Matching.eq(id, t.id()) && Matching.in(ids, t.id()))
                .filter(t -> Matching.eq(name, t.name()) && Matching.like(nameLike, t.name()))
                .map(EngineIdentities::tenant)
                .toList();
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> result = new HashSet<>(a);
        result.retainAll(b);
        return result;
    }
}
