package io.fruition.process.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.partnership.MemberGroups;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnership;
import io.fruition.partnership.Partnerships;
import io.fruition.security.UserAccount;
import io.fruition.security.UserAccounts;

/**
 * A consistent picture of users, groups and tenants as the engine sees them: partnerships are tenants, roles
 * are groups (see {@link MemberGroups}), administrators are in {@code camunda-admin}.
 */
@Component
public class Directory {

    /**
     * Every member of at least one partnership is in this group; the engine's grants for members are given to it
     * once ({@code process.engine.EngineGrants}), whatever partnership they are in.
     */
    public static final String MEMBERS_GROUP = "fruition-members";

    private static final DirectoryGroup ADMINS = new DirectoryGroup(Groups.CAMUNDA_ADMIN, "Fruition administrators",
            Groups.GROUP_TYPE_SYSTEM, null);
    private static final DirectoryGroup MEMBERS = new DirectoryGroup(MEMBERS_GROUP, "Members of a partnership",
            Groups.GROUP_TYPE_SYSTEM, null);

    private final UserAccounts accounts;
    private final Partnerships partnerships;

    Directory(UserAccounts accounts, Partnerships partnerships) {
        this.accounts = accounts;
        this.partnerships = partnerships;
    }

    @Transactional(readOnly = true)
    public Snapshot snapshot() {
        Map<String, DirectoryUser> users = new LinkedHashMap<>();
        for (UserAccount account : accounts.all()) {
            users.put(account.getUsername(), new DirectoryUser(account.getUsername(), account.getFirstName(),
                    account.getLastName(), account.getEmail(), new LinkedHashSet<>(), new LinkedHashSet<>()));
        }
        Map<String, DirectoryGroup> groups = new LinkedHashMap<>();
        groups.put(ADMINS.id(), ADMINS);
        groups.put(MEMBERS.id(), MEMBERS);
        Map<String, DirectoryTenant> tenants = new LinkedHashMap<>();
        for (Partnership partnership : partnerships.all()) {
            tenants.put(partnership.getPrefix(), new DirectoryTenant(partnership.getPrefix(), partnership.getName()));
            for (MemberGroups.GroupInfo group : MemberGroups.allOf(partnership.getPrefix(), partnership.getName())) {
                groups.put(group.id(), new DirectoryGroup(group.id(), group.name(), Groups.GROUP_TYPE_WORKFLOW,
                        group.partnershipPrefix()));
            }
        }
        for (UserAccount account : accounts.all()) {
            if (account.isAdmin()) {
                users.get(account.getUsername()).groups().add(Groups.CAMUNDA_ADMIN);
            }
        }
        for (Membership membership : partnerships.allMemberships()) {
            DirectoryUser user = users.get(membership.username());
            if (user != null) {
                user.groups().add(MEMBERS_GROUP);
                user.groups().addAll(membership.groupIds());
                user.tenants().add(membership.partnershipPrefix());
            }
        }
        return new Snapshot(List.copyOf(users.values()), List.copyOf(groups.values()), List.copyOf(tenants.values()));
    }

    /**
     * The groups of one user, without building the whole directory: the engine asks this for every task query
     * by candidate user, so it must be cheap.
     */
    @Transactional(readOnly = true)
    public List<DirectoryGroup> groupsOf(String userId) {
        return groupsOf(accounts.find(userId).filter(UserAccount::isAdmin).isPresent(), partnerships.membershipsOf(userId));
    }

    private static List<DirectoryGroup> groupsOf(boolean admin, List<Membership> memberships) {
        List<DirectoryGroup> groups = new ArrayList<>();
        if (admin) {
            groups.add(ADMINS);
        }
        if (!memberships.isEmpty()) {
            groups.add(MEMBERS);
        }
        for (Membership membership : memberships) {
            Set<String> ids = membership.groupIds();
            for (MemberGroups.GroupInfo group : MemberGroups.allOf(membership.partnershipPrefix(),
                    membership.partnershipName())) {
                if (ids.contains(group.id())) {
                    groups.add(new DirectoryGroup(group.id(), group.name(), Groups.GROUP_TYPE_WORKFLOW,
                            group.partnershipPrefix()));
                }
            }
        }
        return groups;
    }

    /** The tenants of one user's partnerships, without building the whole directory (asked on every request). */
    @Transactional(readOnly = true)
    public List<DirectoryTenant> tenantsOf(String userId) {
        return tenantsOf(partnerships.membershipsOf(userId));
    }

    private static List<DirectoryTenant> tenantsOf(List<Membership> memberships) {
        Map<String, DirectoryTenant> tenants = new LinkedHashMap<>();
        for (Membership membership : memberships) {
            tenants.putIfAbsent(membership.partnershipPrefix(),
                    new DirectoryTenant(membership.partnershipPrefix(), membership.partnershipName()));
        }
        return List.copyOf(tenants.values());
    }

    /** One active user with their groups and tenants, or none, without building the whole directory. */
    @Transactional(readOnly = true)
    public List<DirectoryUser> user(String userId) {
        return accounts.find(userId).map(account -> {
            DirectoryUser user = new DirectoryUser(account.getUsername(), account.getFirstName(), account.getLastName(),
                    account.getEmail(), new LinkedHashSet<>(), new LinkedHashSet<>());
            // The account and the memberships are read once for both the groups and the tenants.
            List<Membership> memberships = partnerships.membershipsOf(userId);
            groupsOf(account.isAdmin(), memberships).forEach(g -> user.groups().add(g.id()));
            tenantsOf(memberships).forEach(t -> user.tenants().add(t.id()));
            return List.of(user);
        }).orElse(List.of());
    }

    public boolean checkPassword(String username, String password) {
        return accounts.checkPassword(username, password);
    }

    public record DirectoryUser(String id, String firstName, String lastName, String email, Set<String> groups,
            Set<String> tenants) {
    }

    /** A group; {@code tenant} is the partnership it belongs to, null for system groups. */
    public record DirectoryGroup(String id, String name, String type, String tenant) {
    }

    public record DirectoryTenant(String id, String name) {
    }

    public record Snapshot(List<DirectoryUser> users, List<DirectoryGroup> groups, List<DirectoryTenant> tenants) {

        public List<DirectoryUser> membersOfGroup(String groupId) {
            return users.stream().filter(u -> u.groups().contains(groupId)).toList();
        }

        public Set<String> tenantsOfGroup(String groupId) {
            Set<String> result = new LinkedHashSet<>();
            groups.stream().filter(g -> g.id().equals(groupId) && g.tenant() != null).forEach(g -> result.add(g.tenant()));
            return result;
        }

        public List<DirectoryUser> sortedUsers() {
            List<DirectoryUser> sorted = new ArrayList<>(users);
            sorted.sort(Comparator.comparing(DirectoryUser::id));
            return sorted;
        }
    }
}
