package dev.retain.engine.tariff;

import dev.retain.engine.value.Msisdn;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Family-plan detection (SPEC R7.5). A customer with at least {@code minTenureMonths} months of tenure at the end of
 * month {@code asOf} who called one other-operator number (the peer's operator is not ours: {@code unicom},
 * {@code telecom} or {@code other}) at least {@code minCalls} times in each of the {@code months} months ending with
 * {@code asOf} is a family-plan candidate; those numbers are the candidates (the family number would join as a new local
 * subscriber). A month without a row for the peer counts as no calls. Tenure is counted as the cycle counts it: whole
 * months from the join date to the month's last day.
 */
public final class FamilyPlanDetector {

    /** The parameters (defaults: 10 calls a month over 2 months, 12 months of tenure). */
    public record Thresholds(int minCalls, int months, int minTenureMonths) {
        public static final Thresholds DEFAULT = new Thresholds(10, 2, 12);

        public Thresholds {
            if (minCalls < 1 || months < 1 || months > 12 || minTenureMonths < 0) {
                throw new IllegalArgumentException("minCalls ≥ 1, months 1..12, minTenureMonths ≥ 0");
            }
        }
    }

    private FamilyPlanDetector() {
    }

    public static int tenureMonths(LocalDate joinDate, YearMonth asOf) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(joinDate, asOf.atEndOfMonth()));
    }

    /** The candidates, most calls first (ties: the number); empty when the tenure is too short. */
    public static List<FamilyCandidate> candidates(LocalDate joinDate, YearMonth asOf, List<PeerMonth> peers, Thresholds t) {
        if (joinDate == null || tenureMonths(joinDate, asOf) < t.minTenureMonths()) return List.of();
        YearMonth first = asOf.minusMonths(t.months() - 1L);
        record Tally(String peer, String operator, Map<YearMonth, Long> calls) {
        }
        Map<String, Tally> byPeer = new HashMap<>();
        for (PeerMonth p : peers) {
            if (!p.operator().isCompetitor() || p.month().isBefore(first) || p.month().isAfter(asOf)) continue;
            String key = Msisdn.canonical(p.peer());
            Tally tally = byPeer.computeIfAbsent(key, k -> new Tally(p.peer(), p.operator().code(), new HashMap<>()));
            tally.calls().merge(p.month(), p.calls(), Long::sum);
        }
        List<FamilyCandidate> out = new ArrayList<>();
        for (Tally tally : byPeer.values()) {
            boolean everyMonth = true;
            long total = 0;
            for (YearMonth m = first; !m.isAfter(asOf); m = m.plusMonths(1)) {
                long calls = tally.calls().getOrDefault(m, 0L);
                if (calls < t.minCalls()) everyMonth = false;
                total += calls;
            }
            if (everyMonth) out.add(new FamilyCandidate(tally.peer(), tally.operator(), total, t.months()));
        }
        out.sort(Comparator.comparingLong(FamilyCandidate::calls).reversed().thenComparing(FamilyCandidate::peer));
        return out;
    }
}
