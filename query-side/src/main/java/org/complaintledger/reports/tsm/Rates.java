package org.complaintledger.reports.tsm;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The figures' arithmetic, in one place so the report says exactly how it rounds. */
final class Rates {

    static final String ROUNDING = "Percentages and rates per 1,000 homes to one decimal place, rounded half up "
            + "(12.25 is 12.3), from the exact quotient of the whole counts shown.";

    private Rates() {
    }

    /** {@code part} per {@code per} of {@code whole}, to one decimal place, half up; {@code whole} must be positive. */
    static BigDecimal per(long part, long whole, int per) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(per))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
