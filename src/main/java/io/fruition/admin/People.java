package io.fruition.admin;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.notification.Notice;
import io.fruition.notification.NoticeKind;
import io.fruition.notification.Notifications;
import io.fruition.partnership.Membership;
import io.fruition.partnership.PartnershipAdministration;
import io.fruition.partnership.PartnershipRole;
import io.fruition.partnership.Partnerships;
import io.fruition.partnership.Side;
import io.fruition.process.task.MemberTasks;
import io.fruition.process.task.MemberTasks.HeldTask;
import io.fruition.security.UserAccount;
import io.fruition.security.UserAccounts;
import io.fruition.shared.InvalidInputException;

/**
 * An administrator creates users, puts them into partnerships with a side and roles, and deactivates them. The
 * accounts and memberships are what the engine sees as users, groups and tenants, so every change here holds at
 * once in our UI and in Camunda's Tasklist.
 */
@Service
@Transactional
public class People {

    private final AdminAccess access;
    private final AuditLog audit;
    private final UserAccounts accounts;
    private final Partnerships partnerships;
    private final PartnershipAdministration administration;
    private final MemberTasks tasks;
    private final Notifications notifications;

    People(AdminAccess access, AuditLog audit, UserAccounts accounts, Partnerships partnerships,
            PartnershipAdministration administration, MemberTasks tasks, Notifications notifications) {
        this.notifications = notifications;
        this.access = access;
        this.audit = audit;
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.administration = administration;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> everyone() {
        return accounts.everyone();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> activeUsers() {
        return accounts.all();
    }

    @Transactional(readOnly = true)
    public List<Membership> membersOf(String prefix) {
        return partnerships.membersOf(prefix).stream()
                .sorted(Comparator.comparing(Membership::side).thenComparing(Membership::username)).toList();
    }

    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(String username) {
        return partnerships.membershipsOf(username);
    }

    public UserAccount createUser(String actor, String username, String displayName, String email, String password,
            boolean admin) {
        access.require(actor);
        UserAccount account = accounts.create(username == null ? null : username.strip(), displayName, email, password,
                admin);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("user name", account.getUsername());
        after.put("display name", account.getDisplayName());
        after.put("e-mail", account.getEmail());
        after.put("administrator", account.isAdmin() ? "yes" : "no");
        audit.record(actor, "User created", account.getUsername(), null, after);
        return account;
    }

    /** Adds an active user to a partnership, or changes their side and roles there. */
    public Membership setMember(String actor, String prefix, String username, Side side, Set<PartnershipRole> roles) {
        access.require(actor);
        if (username == null || accounts.find(username).isEmpty()) {
            throw new InvalidInputException("Choose an active user to add.");
        }
        Optional<Membership> before = partnerships.membership(username, prefix);
        Membership after = administration.setMember(prefix, username, side, roles);
        if (before.isEmpty()) {
            welcome(after);
        }
        audit.record(actor, before.isPresent() ? "Member changed" : "Member added", prefix + " · " + username,
                before.map(People::state).orElse(null), state(after));
        return after;
    }

    /** The invitation: in the app and by e-mail (to the address of the account), with where to start. */
    void welcome(Membership member) {
        String roles = roleNames(member);
        notifications.send(new Notice(NoticeKind.WELCOME, Set.of(member.username()), member.partnershipPrefix(), null,
                null, null, "Welcome to " + member.partnershipName(),
                "You are now a member of " + member.partnershipName() + " on the " + member.side().label().toLowerCase()
                        + " side" + (roles.isEmpty() ? "" : ", as " + roles) + ". Submit ideas, follow them to fruition "
                        + "and see the value they produce for both sides in the portfolio.", "/"));
    }

    private static String roleNames(Membership m) {
        return m.roles().stream().filter(r -> r != PartnershipRole.SUBMITTER).sorted()
                .map(r -> r.name().replace('_', ' ').toLowerCase()).collect(Collectors.joining(", "));
    }

    /** Takes a user out of a partnership; their tasks there go back to their groups, or to the chosen successors. */
    public void removeMember(String actor, String prefix, String username, Map<String, String> successors) {
        access.require(actor);
        Membership before = partnerships.membership(username, prefix)
                .orElseThrow(() -> new InvalidInputException(username + " is not a member of " + prefix + "."));
        tasks.handOver(username, prefix, successors);
        administration.removeMember(prefix, username);
        audit.record(actor, "Member removed", prefix + " · " + username, state(before), null);
    }

    /** The open tasks a person holds, to be handed over before they leave. */
    @Transactional(readOnly = true)
    public List<HeldTask> tasksHeldBy(String username) {
        return tasks.heldBy(username);
    }

    /**
     * Deactivates a user: their tasks go to the chosen successors or back to their groups, they leave every
     * partnership, and they can no longer sign in anywhere. Their ideas, comments, votes and history stay.
     * Everything or nothing: any refusal (the last administrator, a partnership's last innovation lead, a task
     * without successor) changes nothing.
     */
    public void deactivate(String actor, String username, Map<String, String> successors) {
        access.require(actor);
        UserAccount account = accounts.find(username)
                .orElseThrow(() -> new InvalidInputException("There is no active user '" + username + "'."));
        List<Membership> memberships = partnerships.membershipsOf(username);
        accounts.deactivate(username);
        tasks.handOver(username, successors);
        tasks.forget(username);
        administration.removeEverywhere(username);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("active", "yes");
        before.put("administrator", account.isAdmin() ? "yes" : "no");
        memberships.forEach(m -> before.put(m.partnershipPrefix(), describe(m)));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("active", "no");
        after.put("tasks handed over", successors.isEmpty() ? "back to their groups" : successors.size() + " to successors");
        audit.record(actor, "User deactivated", username, before, after);
    }

    private static Map<String, Object> state(Membership m) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("side", m.side().label());
        state.put("roles", roles(m));
        return state;
    }

    private static String describe(Membership m) {
        return m.side().label() + ", " + roles(m);
    }

    private static Set<String> roles(Membership m) {
        Set<PartnershipRole> roles = m.roles().isEmpty() ? EnumSet.noneOf(PartnershipRole.class) : EnumSet.copyOf(m.roles());
        return new TreeSet<>(roles.stream().map(Enum::name).toList());
    }
}
