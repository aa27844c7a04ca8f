package dev.retain.engine.cycle;

import dev.retain.engine.value.Zone;
import dev.retain.engine.zone.ZoneRule;
import java.util.EnumMap;
import java.util.Map;

/**
 * The province's own churn rate per zone, observed last month → this month: of those in a
 * zone last month, the share that is white or gone now (SPEC R2.3). Until the churn model
 * exists this is each subscriber's churn score; a zone seen fewer than {@value #MIN_SAMPLE}
 * times falls back to the overall rate.
 */
public final class ChurnBaseRates implements java.io.Serializable {

    static final int MIN_SAMPLE = 30;

    private final Map<Zone, long[]> counts = new EnumMap<>(Zone.class); // [in zone last month, churned now]
    private long present;
    private long churned;

    public void observe(ZoneRule previous, ZoneRule now) {
        if (previous.left()) return; // not present last month: no outcome to learn from
        boolean lost = now.left() || now.zone() == Zone.WHITE;
        long[] c = counts.computeIfAbsent(previous.zone(), z -> new long[2]);
        c[0]++;
        present++;
        if (lost) {
            c[1]++;
            churned++;
        }
    }

    /** Adds another part of the province's observations (a province split over machines). */
    public void add(ChurnBaseRates other) {
        other.counts.forEach((zone, c) -> {
            long[] mine = counts.computeIfAbsent(zone, z -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
        present += other.present;
        churned += other.churned;
    }

    public double overall() {
        return present == 0 ? 0 : (double) churned / present;
    }

    public double rate(Zone zone) {
        long[] c = counts.get(zone);
        if (c == null || c[0] < MIN_SAMPLE) return overall();
        return (double) c[1] / c[0];
    }

    public long observed(Zone zone) {
        long[] c = counts.get(zone);
        return c == null ? 0 : c[0];
    }

    /** How much likelier than average a zone's customers were to churn. */
    public double lift(Zone zone) {
        double overall = overall();
        return overall == 0 ? 0 : rate(zone) / overall;
    }
}
