package io.fruition.pulse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.idea.Idea;
import io.fruition.idea.IdeaOrigin;
import io.fruition.idea.IdeaSubmission;
import io.fruition.idea.Ideas;
import io.fruition.shared.InvalidInputException;

/**
 * A customer's comment in a closed round becomes an idea in one step: the idea records the round and the
 * dimension it came from. Only a comment the member can read on the pulse page can become one.
 */
@Service
@Transactional
public class PulseIdeas {

    private final PulseResults results;
    private final Ideas ideas;

    PulseIdeas(PulseResults results, Ideas ideas) {
        this.results = results;
        this.ideas = ideas;
    }

    public Idea fromComment(String username, long roundId, Dimension dimension, String comment,
            IdeaSubmission submission) {
        PulseResults.RoundResult result = results.of(username, roundId);
        boolean shown = result.comments().stream()
                .anyMatch(c -> c.dimension() == dimension && c.text().equals(comment));
        if (!shown) {
            throw new InvalidInputException("There is no such comment in " + result.round().label().toLowerCase()
                    + " of your partnership.");
        }
        if (!result.round().prefix().equals(submission.partnershipPrefix())) {
            throw new InvalidInputException("An idea from a pulse comment belongs to the partnership of the round.");
        }
        return ideas.submit(username, submission, new IdeaOrigin(roundId, dimension.name()));
    }
}
