package io.fruition.process.identity;

import java.util.Optional;
import java.util.Comparator;
import java.util.List;

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
        // "Which groups is this user in?" is what the engine asks for every task query by candidate user.
        List<Directory.DirectoryGroup> candidates = userId != null ? directory.groupsOf(userId)
                : directory.snapshot().groups();
        Optional<CallerScope> caller = CallerScope.current();
        return candidates.stream()
                .filter(g -> caller.map(c -> c.sees(g)).orElse(true))
                .filter(g -> Matching.eq(id, g.id()) && Matching.in(ids, g.id()))
                .filter(g -> Matching.eq(name, g.name()) && Matching.like(nameLike, g.name()))
                .filter(g -> Matching.eq(type, g.type()))
                .filter(g -> tenantId == null || tenantId.equals(g.tenant()))
                .sorted(Comparator.comparing(Directory.DirectoryGroup::id))
                .map(EngineIdentities::group)
                .toList();
    }
}
