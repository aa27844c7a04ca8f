package dev.retain.app.inspection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The arithmetic of a stratified random sample, with nothing else in it so a test can check it by hand.
 *
 * <p>Allocation: each stratum gets its proportional share {@code n·N_h/N}, rounded by largest remainders so the shares
 * add up to {@code n} (ties go to the stratum first by key); then at least {@code minimum} (a small stratum would
 * otherwise vanish from the results) and never more than the stratum has. The minimums may take the total above
 * {@code n}: the page shows the allocation.
 *
 * <p>Draw: within a stratum the customers in number order, shuffled by {@link Random} seeded from the round's seed and
 * the stratum's key. Both algorithms are fixed by the Java specification, so the same seed over the same customers
 * draws the same sample on any machine, and one stratum's draw does not depend on the others.
 */
public final class StratifiedSample {

    /** One customer of the population, in its stratum. */
    public record Unit(String msisdn, String stratum) {
    }

    /** A stratum's size in the population, its allocation and the customers drawn, in draw order. */
    public record Stratum(String key, int size, int allocated, List<String> drawn) {
    }

    private StratifiedSample() {
    }

    /** How many to draw from each stratum, by stratum key (sorted). */
    public static Map<String, Integer> allocate(Map<String, Integer> sizes, int sampleSize, int minimum) {
        if (sampleSize < 1) throw new IllegalArgumentException("sample size " + sampleSize);
        if (minimum < 0) throw new IllegalArgumentException("minimum " + minimum);
        TreeMap<String, Integer> strata = new TreeMap<>(sizes);
        long population = strata.values().stream().mapToLong(Integer::longValue).sum();
        Map<String, Integer> allocation = new LinkedHashMap<>();
        if (population == 0) return allocation;
        if (sampleSize >= population) {
            strata.forEach(allocation::put);
            return allocation;
        }
        Map<String, Long> remainders = new LinkedHashMap<>();
        int given = 0;
        for (var e : strata.entrySet()) {
            long scaled = (long) sampleSize * e.getValue();
            int base = (int) (scaled / population);
            allocation.put(e.getKey(), base);
            remainders.put(e.getKey(), scaled % population);
            given += base;
        }
        // largest remainders first; the stable sort keeps key order among equal remainders
        List<String> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing((String k) -> remainders.get(k)).reversed());
        for (int i = 0; given < sampleSize; i++, given++) {
            String key = byRemainder.get(i);
            allocation.put(key, allocation.get(key) + 1);
        }
        allocation.replaceAll((key, n) -> Math.min(strata.get(key), Math.max(n, minimum)));
        return allocation;
    }

    /** The sample of {@code units} for this seed: strata by key, each with its customers in draw order. */
    public static List<Stratum> draw(List<Unit> units, int sampleSize, int minimum, long seed) {
        TreeMap<String, List<String>> byStratum = new TreeMap<>();
        for (Unit u : units) byStratum.computeIfAbsent(u.stratum(), k -> new ArrayList<>()).add(u.msisdn());
        Map<String, Integer> sizes = new LinkedHashMap<>();
        byStratum.forEach((k, v) -> sizes.put(k, v.size()));
        Map<String, Integer> allocation = allocate(sizes, sampleSize, minimum);
        List<Stratum> strata = new ArrayList<>();
        for (var e : byStratum.entrySet()) {
            List<String> members = new ArrayList<>(e.getValue());
            Collections.sort(members); // the population's order must not depend on how the database returned it
            Collections.shuffle(members, new Random(seed * 31 + e.getKey().hashCode()));
            int n = allocation.getOrDefault(e.getKey(), 0);
            strata.add(new Stratum(e.getKey(), members.size(), n, List.copyOf(members.subList(0, n))));
        }
        return strata;
    }

    /** The stratum key of a tier and a zone. */
    public static String key(String tier, String zone) {
        return tier + "/" + zone;
    }
}
