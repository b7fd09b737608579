package io.fruition.pulse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pulse round closed: how many answered, the relationship score where enough did, what calls for an action plan
 * ({@code concerns}), and what the supplier's leads must hear even when the average looks fine
 * ({@code keyContactAlerts}: a key contact scored 5 or less).
 */
public record PulseRoundClosed(long roundId, String prefix, int number, int invited, int answered, BigDecimal score,
        List<String> concerns, List<String> keyContactAlerts) {

    public PulseRoundClosed {
        concerns = List.copyOf(concerns);
        keyContactAlerts = List.copyOf(keyContactAlerts);
    }
}
