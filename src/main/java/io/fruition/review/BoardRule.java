package io.fruition.review;

import java.util.List;
import java.util.Map;

import io.fruition.partnership.Side;

/**
 * The joint-approval rule of the review board (product spec §2.5), as a pure function of the votes.
 * <ol>
 * <li>If the deadline passed and fewer than half of either side's voters voted, the chair decides.</li>
 * <li>Approved iff more approvals than rejections among the votes cast and at least one approval from the
 * customer side and one from the supplier side.</li>
 * <li>A majority of REVISE sends the idea back for revision, unless the revision rounds are used up, in which
 * case the idea is rejected: a revision beyond the limit is refused.</li>
 * <li>Otherwise rejected.</li>
 * </ol>
 * A side without voters on the board (e.g. its only member submitted the idea) cannot miss a quorum, but it can
 * never give the approval the rule requires either: joint approval needs both sides.
 */
public final class BoardRule {

    public record CastVote(String voter, Side side, VoteDecision decision) {
    }

    private BoardRule() {
    }

    public static BoardOutcome decide(List<CastVote> votes, Map<Side, Integer> votersPerSide, boolean deadlinePassed,
            int revisionRoundsUsed, int maxRevisionRounds) {
        if (deadlinePassed && quorumMissing(votes, votersPerSide)) {
            return BoardOutcome.CHAIR_DECIDES;
        }
        long approvals = count(votes, VoteDecision.APPROVE);
        long rejections = count(votes, VoteDecision.REJECT);
        long revisions = count(votes, VoteDecision.REVISE);
        boolean customerApproves = approves(votes, Side.CUSTOMER);
        boolean supplierApproves = approves(votes, Side.SUPPLIER);
        if (approvals > rejections && customerApproves && supplierApproves) {
            return BoardOutcome.APPROVED;
        }
        if (revisions * 2 > votes.size()) {
            return revisionRoundsUsed < maxRevisionRounds ? BoardOutcome.REVISE : BoardOutcome.REJECTED;
        }
        return BoardOutcome.REJECTED;
    }

    static boolean quorumMissing(List<CastVote> votes, Map<Side, Integer> votersPerSide) {
        for (Map.Entry<Side, Integer> side : votersPerSide.entrySet()) {
            long cast = votes.stream().filter(v -> v.side() == side.getKey()).count();
            if (side.getValue() > 0 && cast * 2 < side.getValue()) {
                return true;
            }
        }
        return false;
    }

    private static long count(List<CastVote> votes, VoteDecision decision) {
        return votes.stream().filter(v -> v.decision() == decision).count();
    }

    private static boolean approves(List<CastVote> votes, Side side) {
        return votes.stream().anyMatch(v -> v.side() == side && v.decision() == VoteDecision.APPROVE);
    }
}
