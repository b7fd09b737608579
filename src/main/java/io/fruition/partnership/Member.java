package io.fruition.partnership;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    private String username;

    @Enumerated(EnumType.STRING)
    private Side side;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<PartnershipRole> roles = EnumSet.noneOf(PartnershipRole.class);

    protected Member() {
    }

    Member(Partnership partnership, String username, Side side, Set<PartnershipRole> roles) {
        this.partnership = partnership;
        this.username = username;
        this.side = side;
        this.roles = EnumSet.of(PartnershipRole.SUBMITTER);
        this.roles.addAll(roles);
    }

    String getUsername() {
        return username;
    }

    /** A member's side and roles; every member stays a submitter. */
    void change(Side side, Set<PartnershipRole> roles) {
        this.side = side;
        this.roles.clear();
        this.roles.add(PartnershipRole.SUBMITTER);
        this.roles.addAll(roles);
    }

    Membership toMembership() {
        return new Membership(username, partnership.getPrefix(), partnership.getName(), side, Set.copyOf(roles));
    }
}
