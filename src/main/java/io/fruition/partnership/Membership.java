package io.fruition.partnership;

import java.util.Set;

/** A user's place in one partnership: their side and roles. */
public record Membership(String username, String partnershipPrefix, String partnershipName, Side side,
        Set<PartnershipRole> roles) {

    public boolean has(PartnershipRole role) {
        return roles.contains(role);
    }

    /** The candidate groups this membership puts the user in, for the engine's task assignment. */
    public Set<String> groupIds() {
        return MemberGroups.groupsOf(this);
    }
}
