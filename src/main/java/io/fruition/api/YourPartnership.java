package io.fruition.api;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.fruition.partnership.Membership;
import io.fruition.partnership.Partnerships;
import io.fruition.shared.InvalidInputException;

/** The partnership a request means: the one it names, or the member's only one when it names none. */
@Component
class YourPartnership {

    private final Partnerships partnerships;

    YourPartnership(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    /** The prefix named (as written: the feature refuses one that is not the member's), or the only one. */
    String prefix(String username, String named) {
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        List<Membership> memberships = partnerships.membershipsOf(username);
        if (memberships.size() == 1) {
            return memberships.get(0).partnershipPrefix();
        }
        String problem = memberships.isEmpty() ? "You are not a member of any partnership yet."
                : "Say which partnership you mean: you belong to " + String.join(", ",
                        memberships.stream().map(Membership::partnershipPrefix).toList()) + ".";
        throw new InvalidInputException(List.of(problem), Map.of("partnership", List.of(problem)));
    }
}
