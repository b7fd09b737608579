package io.fruition.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The PERT expected value of a three-point estimate: (low + 4 × likely + high) / 6. */
public final class Pert {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal SIX = BigDecimal.valueOf(6);

    private Pert() {
    }

    public static BigDecimal expected(BigDecimal low, BigDecimal likely, BigDecimal high) {
        return low.add(likely.multiply(FOUR)).add(high).divide(SIX, 2, RoundingMode.HALF_UP);
    }
}
