package io.fruition.process.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

class DirectoryGroupQuery extends GroupQueryImpl {

    private final transient Directory directory;

    DirectoryGroupQuery(Directory directory) {
        this.directory = directory;
    }

    DirectoryGroupQuery(CommandExecutor executor, Directory directory) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matches().size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return Matching.page(matches(), page);
    }

    private List<Group> matches() {
        Directory.Snapshot snapshot = directory.snapshot();
        Set<String> groupsOfUser = userId == null ? null : snapshot.users().stream()
                .filter(u -> u.id().equals(userId)).findFirst()
                .map(Directory.DirectoryUser::groups).orElse(Set.of());
        return snapshot.groups().stream()
                .filter(g -> Matching.eq(id, g.id()) && Matching.in(ids, g.id()))
                .filter(g -> Matching.eq(name, g.name()) && Matching.like(nameLike, g.name()))
                .filter(g -> Matching.eq(type, g.type()))
                .filter(g -> groupsOfUser == null || groupsOfUser.contains(g.id()))
                .filter(g -> tenantId == null || tenantId.equals(g.tenant()))
                .sorted(Comparator.comparing(Directory.DirectoryGroup::id))
                .map(EngineIdentities::group)
                .toList();
    }
}
