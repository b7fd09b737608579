package io.fruition.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What an idea is worth to both sides together. The score is the geometric mean of both sides' expected annual
 * benefit, so it rewards balance: 100 for each side scores 100, 200 for one side and nothing for the other
 * scores 0. The split says how much of the combined benefit goes to the customer.
 */
public record MutualValue(BigDecimal customerExpected, BigDecimal supplierExpected, BigDecimal score,
        int customerSharePercent, BigDecimal oneOffCost, Confidence confidence) {

    public static MutualValue of(ValueEstimate customer, ValueEstimate supplier) {
        BigDecimal c = customer.getExpectedBenefit();
        BigDecimal s = supplier.getExpectedBenefit();
        return new MutualValue(c, s, score(c, s), customerShare(c, s),
                customer.getOneOffCost().max(supplier.getOneOffCost()),
                Confidence.lower(customer.getConfidence(), supplier.getConfidence()));
    }

    static BigDecimal score(BigDecimal customer, BigDecimal supplier) {
        return customer.multiply(supplier).sqrt(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    static int customerShare(BigDecimal customer, BigDecimal supplier) {
        BigDecimal total = customer.add(supplier);
        if (total.signum() == 0) {
            return 50;
        }
        return customer.multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP).intValue();
    }

    public int supplierSharePercent() {
        return 100 - customerSharePercent;
    }
}
