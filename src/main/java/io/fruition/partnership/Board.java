package io.fruition.partnership;

import java.util.List;
import java.util.Optional;

/**
 * A partnership's joint review board: the members with the BOARD_MEMBER or BOARD_CHAIR role, one of whom
 * chairs it.
 */
public record Board(String partnershipPrefix, List<Membership> members, Optional<String> chair) {

    public boolean includes(String username) {
        return members.stream().anyMatch(m -> m.username().equals(username));
    }

    public Optional<Membership> member(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst();
    }

    /** The members who vote on an idea: everyone on the board except its submitter. */
    public List<Membership> votersFor(String submitter) {
        return members.stream().filter(m -> !m.username().equals(submitter)).toList();
    }
}
