package dev.retain.engine.cycle;

import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.load.Subscribers;
import dev.retain.engine.rules.FactNames;
import dev.retain.engine.rules.Facts;
import dev.retain.engine.value.Zone;
import dev.retain.engine.zone.ZoneRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * facts.csv: the rule facts of the month (the names of {@link FactNames}, in its order) of the
 * retention base — every customer in one of the five zones, and every VIP card holder still
 * present — so that the application evaluates an offer's eligibility or a campaign's target
 * without running the cycle again. Low spenders outside the zones (four in five subscribers of a
 * generated province) and the customers who left have no row: the platform does not market to them,
 * and leaving them out keeps the file a fifth of the province.
 */
final class FactsFile {

    /** Decimals of the facts that are doubles: enough for a percentage or a score, exact for money. */
    private static final int DECIMALS = 6;
    private static final long SCALE = 1_000_000L;

    private FactsFile() {
    }

    static List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("msisdn");
        header.add("month");
        header.addAll(FactNames.TYPES.keySet());
        return header;
    }

    static void write(CycleOutcome o, Path file) throws IOException {
        Subscribers subs = o.province().subscribers();
        String month = o.months().month().toString();
        Facts f = new Facts();
        List<String> names = List.copyOf(FactNames.TYPES.keySet());
        try (CsvWriter w = new CsvWriter(file, header().toArray(String[]::new))) {
            for (int i = 0; i < subs.size(); i++) {
                if (!inRetentionBase(o.segments(), i)) continue;
                o.facts().fill(f, i);
                w.field(subs.msisdn(i)).field(month);
                for (String name : names) write(w, f.value(name));
                w.endRow();
            }
        }
    }

    static boolean inRetentionBase(SegmentColumns seg, int i) {
        ZoneRule rule = seg.zone(i);
        return rule.zone() != Zone.NONE || (!rule.left() && seg.tier(i).isVip());
    }

    private static void write(CsvWriter w, Object value) throws IOException {
        if (value instanceof String s) w.field(s);
        else if (value instanceof Boolean b) w.field(b);
        else if (value instanceof Long l) w.field(l);
        else if (value instanceof Double d && Double.isFinite(d) && Math.abs(d) < 9e12) w.fixed(Math.round(d * SCALE), DECIMALS);
        else w.empty();
    }
}
