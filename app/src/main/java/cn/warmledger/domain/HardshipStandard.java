package cn.warmledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The type the standards suggest (Qingdao rules, design.md): with the monthly per-capita figure
 * (家庭年可支配收入 − 刚性支出) ÷ 12 ÷ 人口, below the local 低保标准 is 深度困难, below twice it is 相对困难.
 * 意外致困 depends on an event's costs, which the figures alone do not tell, so it is never suggested.
 */
public final class HardshipStandard {
    private HardshipStandard() {
    }

    public static Optional<BigDecimal> perCapitaMonthly(BigDecimal annualIncome, BigDecimal rigidExpenditure,
                                                        Integer householdSize) {
        if (annualIncome == null || householdSize == null || householdSize <= 0) {
            return Optional.empty();
        }
        BigDecimal net = annualIncome.subtract(rigidExpenditure == null ? BigDecimal.ZERO : rigidExpenditure);
        return Optional.of(net.divide(BigDecimal.valueOf(12L * householdSize), Money.SCALE, RoundingMode.HALF_UP));
    }

    public static Optional<HardshipType> suggest(BigDecimal perCapitaMonthly, BigDecimal minimumLivingStandard) {
        if (perCapitaMonthly == null || minimumLivingStandard == null || minimumLivingStandard.signum() <= 0) {
            return Optional.empty();
        }
        if (perCapitaMonthly.compareTo(minimumLivingStandard) < 0) {
            return Optional.of(HardshipType.DEEP);
        }
        if (perCapitaMonthly.compareTo(minimumLivingStandard.multiply(BigDecimal.valueOf(2))) < 0) {
            return Optional.of(HardshipType.RELATIVE);
        }
        return Optional.empty();
    }
}
