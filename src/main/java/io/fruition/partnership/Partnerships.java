package io.fruition.partnership;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to which partnership, on which side, in which roles. */
@Service
@Transactional(readOnly = true)
public class Partnerships {


    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;
    private final MemberRepository members;
    private final MembershipReads reads;

    Partnerships(OrganisationRepository organisations, PartnershipRepository partnerships, MemberRepository members,
            MembershipReads reads) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.members = members;
        this.reads = reads;
    }

    /** The user's memberships, by partnership name. */
    public List<Membership> membershipsOf(String username) {
        return reads.of(username).stream().sorted(Comparator.comparing(Membership::partnershipName)).toList();
    }

    public Optional<Membership> membership(String username, String prefix) {
        return reads.in(username, prefix);
    }

    public List<Membership> membersOf(String prefix) {
        return reads.members(prefix);
    }

    /** The joint review board of a partnership. */
    public Board board(String prefix) {
        List<Membership> board = membersOf(prefix).stream()
                .filter(m -> m.has(PartnershipRole.BOARD_MEMBER) || m.has(PartnershipRole.BOARD_CHAIR))
                .sorted(Comparator.comparing(Membership::username))
                .toList();
        return new Board(prefix, board,
                board.stream().filter(m -> m.has(PartnershipRole.BOARD_CHAIR)).map(Membership::username).findFirst());
    }

    /** The members of a partnership who hold a role, optionally only those of one side. */
    public List<Membership> withRole(String prefix, PartnershipRole role, Optional<Side> side) {
        return membersOf(prefix).stream()
                .filter(m -> m.has(role) && side.map(s -> s == m.side()).orElse(true))
                .toList();
    }

    /** The lifecycle settings of a partnership. */
    public LifecycleSettings lifecycleOf(String prefix) {
        return partnerships.findByPrefix(prefix).map(Partnership::getLifecycle)
                .orElseThrow(() -> new IllegalArgumentException("There is no partnership with the prefix '" + prefix + "'."));
    }

    /** The settings of a partnership's relationship pulse. */
    public PulseSettings pulseOf(String prefix) {
        return partnerships.findByPrefix(prefix).map(Partnership::getPulse)
                .orElseThrow(() -> new IllegalArgumentException("There is no partnership with the prefix '" + prefix + "'."));
    }

    public List<Membership> allMemberships() {
        return members.findAll().stream().map(Member::toMembership).toList();
    }

    public List<Partnership> all() {
        return partnerships.findAll(Sort.by("name"));
    }

    public Optional<Partnership> byPrefix(String prefix) {
        return partnerships.findByPrefix(prefix);
    }

    /** Reserves the next idea number of a partnership; the row lock serialises concurrent submissions. */
    @Transactional
    public int nextIdeaSequence(String prefix) {
        if (partnerships.incrementIdeaSequence(prefix) != 1) {
            throw new IllegalArgumentException("There is no partnership with the prefix '" + prefix + "'.");
        }
        return partnerships.currentIdeaSequence(prefix);
    }

    @Transactional
    public Organisation createOrganisation(String name, OrganisationKind kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An organisation needs a name.");
        }
        if (organisations.findByName(name.strip()).isPresent()) {
            throw new IllegalArgumentException("An organisation named '" + name.strip() + "' exists already.");
        }
        return organisations.save(new Organisation(name.strip(), kind));
    }

    @Transactional
    public Partnership createPartnership(String name, String prefix, String currency, Organisation supplier,
            Organisation customer) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A partnership needs a name.");
        }
        Partnership.prefixProblem(prefix).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Partnership.currencyProblem(currency).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (partnerships.existsByPrefix(prefix)) {
            throw new IllegalArgumentException("The prefix '" + prefix + "' is used by another partnership.");
        }
        return partnerships.save(new Partnership(name.strip(), prefix, currency, supplier, customer));
    }

    @Transactional
    public Membership addMember(String prefix, String username, Side side, Set<PartnershipRole> roles) {
        Partnership partnership = partnerships.findByPrefix(prefix)
                .orElseThrow(() -> new IllegalArgumentException("There is no partnership with the prefix '" + prefix + "'."));
        if (members.findByUsernameAndPartnershipPrefix(username, prefix).isPresent()) {
            throw new IllegalArgumentException(username + " is a member of " + partnership.getName() + " already.");
        }
        return members.save(new Member(partnership, username, side, roles)).toMembership();
    }
}
