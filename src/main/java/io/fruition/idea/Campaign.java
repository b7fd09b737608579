package io.fruition.idea;

import java.time.LocalDate;
import java.util.Set;

import io.fruition.partnership.Side;

/** A time-boxed call for ideas on one question, open to some sides of a partnership. */
public record Campaign(long id, String partnershipPrefix, String title, String question, String sponsor,
        LocalDate opensOn, LocalDate closesOn, Set<Side> openTo) {

    public boolean isOpen(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }
}
