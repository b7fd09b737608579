package io.fruition.review;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.fruition.idea.Idea;
import io.fruition.idea.Ideas;
import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;

/** The one check every review action starts with: is the idea in one of the user's partnerships? */
@Component
class ReviewAccess {

    private final Ideas ideas;
    private final Partnerships partnerships;

    ReviewAccess(Ideas ideas, Partnerships partnerships) {
        this.ideas = ideas;
        this.partnerships = partnerships;
    }

    record Access(Idea idea, Membership member) {
    }

    Access of(long ideaId, String username) {
        Membership member = ideas.membershipFor(ideaId, username);
        return new Access(ideas.get(ideaId), member);
    }

    Idea idea(long ideaId) {
        return ideas.get(ideaId);
    }

    Optional<Idea> byNumber(String username, String number) {
        return ideas.find(username, number);
    }

    Partnerships partnerships() {
        return partnerships;
    }
}
