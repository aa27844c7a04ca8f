package dev.retain.engine.visit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A monthly cost estimate as 003 writes it: cost lines summed, then the management fee on the sum
 * and the tax on that ({@code total = subtotal × (1 + fee) × (1 + tax)}), rounded to fen.
 */
public record MonthlyCost(List<CostLine> lines, BigDecimal managementFeeRate, BigDecimal taxRate) {

    public MonthlyCost {
        lines = List.copyOf(lines);
        if (managementFeeRate.signum() < 0 || taxRate.signum() < 0) throw new IllegalArgumentException("rates must be ≥ 0");
    }

    /**
     * 003's per-branch table (京信报价) for {@code people} staff: per person wage 3,000, bonus 1,500,
     * welfare 500, transport 600, allowance 600, phone 300; a rented car with driver 5,600; 80 gifts
     * at 15; 500 leaflets at 0.8 plus 500 to make them; management fee 20 %, tax 5.5 %. For 6 people
     * the lines sum to 46,700 and the total is 59,122.2. (The seed labels 46,700 "人工费用(6人)",
     * labour for six, but the six people cost 39,000: 46,700 is the sum of all four blocks.)
     */
    public static MonthlyCost pilotBranch(int people) {
        String n = Integer.toString(people);
        List<CostLine> lines = new ArrayList<>(List.of(
                CostLine.of("wage", n, "3000"), CostLine.of("bonus", n, "1500"), CostLine.of("welfare", n, "500"),
                CostLine.of("transport", n, "600"), CostLine.of("allowance", n, "600"), CostLine.of("phone", n, "300"),
                CostLine.of("car_and_driver", "1", "5600"), CostLine.of("gifts", "80", "15"),
                CostLine.of("leaflets", "500", "0.8"), CostLine.of("leaflet_design", "1", "500")));
        return new MonthlyCost(lines, new BigDecimal("0.20"), new BigDecimal("0.055"));
    }

    public BigDecimal subtotal() {
        return lines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal managementFee() {
        return subtotal().multiply(managementFeeRate);
    }

    public BigDecimal tax() {
        return subtotal().add(managementFee()).multiply(taxRate);
    }

    public BigDecimal total() {
        return subtotal().add(managementFee()).add(tax()).setScale(2, RoundingMode.HALF_UP);
    }
}
