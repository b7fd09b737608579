package io.fruition.process.identity;

import java.util.Optional;
import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

class DirectoryUserQuery extends UserQueryImpl {

    private final transient Directory directory;

    DirectoryUserQuery(Directory directory) {
        this.directory = directory;
    }

    DirectoryUserQuery(CommandExecutor executor, Directory directory) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matches().size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return Matching.page(matches(), page);
    }

    private List<User> matches() {
        // One user by id (the webapps' and the REST API's most common question) is read on its own.
        List<Directory.DirectoryUser> candidates = id != null ? directory.user(id) : directory.snapshot().sortedUsers();
        Optional<CallerScope> caller = CallerScope.current();
        return candidates.stream()
                .filter(u -> caller.map(c -> c.sees(u)).orElse(true))
                .filter(u -> Matching.eq(id, u.id()) && Matching.in(ids, u.id()))
                .filter(u -> Matching.eq(firstName, u.firstName()) && Matching.like(firstNameLike, u.firstName()))
                .filter(u -> Matching.eq(lastName, u.lastName()) && Matching.like(lastNameLike, u.lastName()))
                .filter(u -> Matching.eq(email, u.email()) && Matching.like(emailLike, u.email()))
                .filter(u -> groupId == null || u.groups().contains(groupId))
                .filter(u -> tenantId == null || u.tenants().contains(tenantId))
                .map(EngineIdentities::user)
                .toList();
    }
}
