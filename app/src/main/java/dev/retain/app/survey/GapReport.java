package dev.retain.app.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Seed 000's service-quality gap model over one period ({@code from} … {@code to}, both included, business dates):
 * per dimension the mean expectation and perception (1–7) and the gap, perception − expectation (negative: the service
 * falls short of what the customer expects), over every response, by tier and by branch. A cell with fewer than
 * {@code minSample} answers is {@link Cell#small() small}: shown, never ranked or called out.
 */
public record GapReport(LocalDate from, LocalDate to, int minSample, long responses, List<Cell> overall,
                        List<Group> tiers, List<Group> branches, List<Callout> largest) {

    /** One dimension of one group: {@code n} answers and their means (null when none). */
    public record Cell(Dimension dimension, long n, BigDecimal expectation, BigDecimal perception, BigDecimal gap, boolean small) {

        public static Cell empty(Dimension dimension) {
            return new Cell(dimension, 0, null, null, null, true);
        }

        /** The gap as the pages write it: "−0.70", "+0.20", "0.00" (a true minus sign). */
        public String gapText() {
            if (gap == null) return "–";
            return gap.signum() < 0 ? "−" + gap.negate().toPlainString() : gap.signum() > 0 ? "+" + gap.toPlainString() : gap.toPlainString();
        }

        /** The heat table's shade: 0 (none or small), 1 … 4 short by ≥ 0, 0.25, 0.5, 1 points; 5 at least met. */
        public int shade() {
            if (small || gap == null) return 0;
            if (gap.signum() >= 0) return 5;
            double g = -gap.doubleValue();
            return g >= 1 ? 4 : g >= 0.5 ? 3 : g >= 0.25 ? 2 : 1;
        }
    }

    /**
     * One tier ({@code kind} "tier", {@code tier} its code, "none" without a card) or one branch ({@code kind}
     * "branch", {@code region} and {@code branch} codes, '' without a branch); {@code responses} who answered.
     */
    public record Group(String kind, String tier, String region, String branch, long responses, Map<Dimension, Cell> cells) {

        public Cell cell(Dimension d) {
            return cells.getOrDefault(d, Cell.empty(d));
        }
    }

    /** A gap worth saying in words: the dimension over all responses ({@code group} null) or within one group. */
    public record Callout(Group group, Cell cell) {
    }

    public Cell overall(Dimension d) {
        return overall.stream().filter(c -> c.dimension() == d).findFirst().orElse(Cell.empty(d));
    }
}
