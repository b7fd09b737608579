package io.fruition.pulse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The relationship score a partnership has agreed to reach, and by when: the target line of the pulse's chart.
 * The commitments module provides it; without an agreed target the pulse shows the partnership's threshold.
 */
public interface ScoreTarget {

    record Target(BigDecimal score, LocalDate by) {
    }

    Optional<Target> of(String prefix);
}
