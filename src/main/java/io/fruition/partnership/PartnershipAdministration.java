package io.fruition.partnership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * Changes an administrator makes to organisations, partnerships, members and boards. Each change checks
 * everything first and writes only when nothing is wrong, reporting every problem at once; the rules of
 * {@link MembershipRules} hold after every change.
 */
@Service
@Transactional
public class PartnershipAdministration {

    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;
    private final MemberRepository members;

    PartnershipAdministration(OrganisationRepository organisations, PartnershipRepository partnerships,
            MemberRepository members) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.members = members;
    }

    /** What a new partnership needs: its organisations, numbering, currency and an innovation lead per side. */
    public record NewPartnership(String name, String prefix, String currency, Long supplierId, Long customerId,
            String supplierLead, String customerLead) {
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.findAll().stream().sorted(Comparator.comparing(Organisation::getName)).toList();
    }

    public Organisation saveOrganisation(Long id, String name, OrganisationKind kind) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            field(problems, fields, "name", "An organisation needs a name of at most 200 characters.");
        }
        if (kind == null) {
            field(problems, fields, "kind", "Say whether the organisation is a customer, the supplier or a partner.");
        }
        organisations.findByName(clean).filter(o -> !o.getId().equals(id)).ifPresent(
                o -> field(problems, fields, "name", "An organisation named '" + clean + "' exists already."));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, fields);
        }
        if (id == null) {
            return organisations.save(new Organisation(clean, kind));
        }
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no such organisation."));
        organisation.change(clean, kind);
        return organisation;
    }

    /**
     * Opens a partnership with its two innovation leads (existing, active users: {@code isUser} says which
     * names are).
     */
    public Partnership open(NewPartnership p, Predicate<String> isUser) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String name = p.name() == null ? "" : p.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            field(problems, fields, "name", "A partnership needs a name of at most 200 characters.");
        }
        String prefix = p.prefix() == null ? "" : p.prefix().strip();
        Optional<String> malformed = Partnership.prefixProblem(prefix);
        if (malformed.isPresent()) {
            field(problems, fields, "prefix", malformed.get());
        } else if (partnerships.existsByPrefix(prefix)) {
            field(problems, fields, "prefix", "The prefix '" + prefix + "' is used by another partnership; ideas "
                    + "are numbered by it, so it must be unique.");
        }
        currency(p.currency(), problems, fields);
        Organisation supplier = organisation(p.supplierId(), OrganisationKind.SUPPLIER, "supplier", problems, fields);
        Organisation customer = organisation(p.customerId(), OrganisationKind.CUSTOMER, "customer", problems, fields);
        lead(p.supplierLead(), "supplierLead", "supplier", isUser, problems, fields);
        lead(p.customerLead(), "customerLead", "customer", isUser, problems, fields);
        if (p.supplierLead() != null && p.supplierLead().equals(p.customerLead())) {
            field(problems, fields, "customerLead", "One person cannot be the innovation lead of both sides.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, fields);
        }
        Partnership partnership = partnerships.save(new Partnership(name, prefix, p.currency(), supplier, customer));
        members.save(new Member(partnership, p.supplierLead(), Side.SUPPLIER, Set.of(PartnershipRole.INNOVATION_LEAD)));
        members.save(new Member(partnership, p.customerLead(), Side.CUSTOMER, Set.of(PartnershipRole.INNOVATION_LEAD)));
        return partnership;
    }

    /** Renames a partnership, changes its currency or lifecycle deadlines, archives or reopens it. */
    public Partnership change(String prefix, String name, String currency, LifecycleSettings lifecycle, boolean active) {
        return change(prefix, name, currency, lifecycle, find(prefix).getPulse(), active);
    }

    /** The same, with the settings of its relationship pulse; everything is checked before anything changes. */
    public Partnership change(String prefix, String name, String currency, LifecycleSettings lifecycle,
            PulseSettings pulse, boolean active) {
        Partnership partnership = find(prefix);
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            field(problems, fields, "name", "A partnership needs a name of at most 200 characters.");
        }
        currency(currency, problems, fields);
        if (lifecycle == null) {
            field(problems, fields, "lifecycle", "Every deadline needs a number.");
        } else {
            lifecycle.problems().forEach(problem -> field(problems, fields, "lifecycle", problem));
        }
        if (pulse == null) {
            field(problems, fields, "pulse", "Every setting of the pulse needs a number.");
        } else {
            pulse.problems().forEach(problem -> field(problems, fields, "pulse", problem));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, fields);
        }
        partnership.change(clean, currency, lifecycle, pulse, active);
        return partnership;
    }

    /** Adds a user to a partnership, or changes their side and roles there. */
    public Membership setMember(String prefix, String username, Side side, Set<PartnershipRole> roles) {
        Partnership partnership = find(prefix);
        if (side == null) {
            throw new InvalidInputException("Choose the side " + username + " speaks for.");
        }
        Set<PartnershipRole> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(PartnershipRole.class)
                : EnumSet.copyOf(roles);
        Member member = members.findByUsernameAndPartnershipPrefix(username, prefix)
                .orElseGet(() -> new Member(partnership, username, side, chosen));
        List<Membership> after = new ArrayList<>(others(prefix, username));
        Member probe = new Member(partnership, username, side, chosen);
        after.add(probe.toMembership());
        InvalidInputException.refuseIf(MembershipRules.problems(partnership.getName(), after));
        member.change(side, chosen);
        return members.save(member).toMembership();
    }

    /** Takes a user out of a partnership; their ideas, votes and history stay. */
    public void removeMember(String prefix, String username) {
        Partnership partnership = find(prefix);
        Member member = members.findByUsernameAndPartnershipPrefix(username, prefix)
                .orElseThrow(() -> new NotFoundException(username + " is not a member of " + partnership.getName() + "."));
        InvalidInputException.refuseIf(MembershipRules.problems(partnership.getName(), others(prefix, username)));
        members.delete(member);
    }

    /** Takes a user out of every partnership, as when their account is deactivated. */
    public List<Membership> removeEverywhere(String username) {
        List<Member> theirs = members.findByUsername(username);
        List<String> problems = new ArrayList<>();
        for (Member member : theirs) {
            Membership m = member.toMembership();
            problems.addAll(MembershipRules.problems(m.partnershipName(), others(m.partnershipPrefix(), username)));
        }
        InvalidInputException.refuseIf(problems);
        List<Membership> removed = theirs.stream().map(Member::toMembership).toList();
        members.deleteAll(theirs);
        return removed;
    }

    /** Sets who sits on a partnership's board and who chairs it; everyone else leaves the board. */
    public void setBoard(String prefix, Set<String> boardMembers, String chair) {
        Partnership partnership = find(prefix);
        List<String> problems = new ArrayList<>();
        Set<String> board = boardMembers == null ? Set.of() : boardMembers;
        if (board.isEmpty()) {
            problems.add("A board needs members from both sides.");
        }
        if (chair == null || chair.isBlank()) {
            problems.add("A board needs a chair: choose one of its members.");
        } else if (!board.contains(chair)) {
            problems.add("The chair, " + chair + ", must be a member of the board.");
        }
        List<Member> all = members.findByPartnershipPrefix(prefix);
        for (String name : board) {
            if (all.stream().noneMatch(m -> m.getUsername().equals(name))) {
                problems.add(name + " is not a member of " + partnership.getName() + ".");
            }
        }
        InvalidInputException.refuseIf(problems);
        List<Membership> after = new ArrayList<>();
        for (Member m : all) {
            Membership current = m.toMembership();
            Set<PartnershipRole> roles = EnumSet.copyOf(current.roles());
            roles.remove(PartnershipRole.BOARD_MEMBER);
            roles.remove(PartnershipRole.BOARD_CHAIR);
            if (board.contains(current.username())) {
                roles.add(PartnershipRole.BOARD_MEMBER);
            }
            if (current.username().equals(chair)) {
                roles.add(PartnershipRole.BOARD_CHAIR);
            }
            after.add(new Membership(current.username(), prefix, partnership.getName(), current.side(), roles));
        }
        InvalidInputException.refuseIf(MembershipRules.boardProblems(partnership.getName(), after));
        for (Member m : all) {
            Membership next = after.stream().filter(a -> a.username().equals(m.getUsername())).findFirst().orElseThrow();
            m.change(next.side(), next.roles());
        }
    }

    private List<Membership> others(String prefix, String username) {
        return members.findByPartnershipPrefix(prefix).stream().filter(m -> !m.getUsername().equals(username))
                .map(Member::toMembership).toList();
    }

    private Partnership find(String prefix) {
        return partnerships.findByPrefix(prefix)
                .orElseThrow(() -> new NotFoundException("There is no partnership with the prefix '" + prefix + "'."));
    }

    private Organisation organisation(Long id, OrganisationKind kind, String field, List<String> problems,
            Map<String, List<String>> fields) {
        if (id == null) {
            field(problems, fields, field, "Choose the " + field + " organisation.");
            return null;
        }
        Organisation organisation = organisations.findById(id).orElse(null);
        if (organisation == null) {
            field(problems, fields, field, "There is no such " + field + " organisation.");
        } else if (organisation.getKind() != kind) {
            field(problems, fields, field, organisation.getName() + " is a " + organisation.getKind().name()
                    .toLowerCase() + " organisation, not a " + field + ".");
        }
        return organisation;
    }

    private static void lead(String username, String field, String side, Predicate<String> isUser,
            List<String> problems, Map<String, List<String>> fields) {
        if (username == null || username.isBlank()) {
            field(problems, fields, field, "Choose the " + side + " side's innovation lead: a partnership needs one "
                    + "on each side.");
        } else if (!isUser.test(username)) {
            field(problems, fields, field, "There is no active user '" + username + "'.");
        }
    }

    private static void currency(String currency, List<String> problems, Map<String, List<String>> fields) {
        Partnership.currencyProblem(currency).ifPresent(problem -> field(problems, fields, "currency", problem));
    }

    private static void field(List<String> problems, Map<String, List<String>> fields, String field, String problem) {
        problems.add(problem);
        fields.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
    }
}
