package io.fruition.partnership;

import java.util.ArrayList;
import java.util.List;

/**
 * What must hold of a partnership's members after any change: an innovation lead on each side (someone screens
 * every idea, and escalations reach both sides), and a board — once there is one — with a chair and members
 * from both sides (an approval needs a vote from each); account managers only on the supplier's side.
 */
final class MembershipRules {

    private MembershipRules() {
    }

    static List<String> problems(String partnershipName, List<Membership> members) {
        List<String> problems = new ArrayList<>();
        for (Side side : List.of(Side.CUSTOMER, Side.SUPPLIER)) {
            if (members.stream().noneMatch(m -> m.side() == side && m.has(PartnershipRole.INNOVATION_LEAD))) {
                problems.add(partnershipName + " would have no innovation lead on the " + side.label().toLowerCase()
                        + " side; every partnership needs one on each side to screen ideas.");
            }
        }
        members.stream().filter(m -> m.has(PartnershipRole.ACCOUNT_MANAGER) && m.side() != Side.SUPPLIER)
                .forEach(m -> problems.add(m.username() + " speaks for the " + m.side().label().toLowerCase()
                        + " side; an account manager owns the relationship for the supplier."));
        problems.addAll(boardProblems(partnershipName, members));
        return problems;
    }

    static List<String> boardProblems(String partnershipName, List<Membership> members) {
        List<String> problems = new ArrayList<>();
        List<Membership> board = members.stream()
                .filter(m -> m.has(PartnershipRole.BOARD_MEMBER) || m.has(PartnershipRole.BOARD_CHAIR)).toList();
        if (board.isEmpty()) {
            return problems;
        }
        long chairs = board.stream().filter(m -> m.has(PartnershipRole.BOARD_CHAIR)).count();
        if (chairs == 0) {
            problems.add("The board of " + partnershipName + " would have no chair; choose one of its members as chair.");
        } else if (chairs > 1) {
            problems.add("The board of " + partnershipName + " would have " + chairs + " chairs; it has exactly one.");
        }
        for (Side side : List.of(Side.CUSTOMER, Side.SUPPLIER)) {
            if (board.stream().noneMatch(m -> m.side() == side)) {
                problems.add("The board of " + partnershipName + " would have no member from the "
                        + side.label().toLowerCase() + " side; an approval needs a vote from each side.");
            }
        }
        return problems;
    }
}
