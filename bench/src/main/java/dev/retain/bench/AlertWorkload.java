package dev.retain.bench;

import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import dev.retain.engine.value.Plan;
import dev.retain.stream.PlanBook;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The same usage events for every side of the alert benchmark (seeded): subscribers on five plans
 * of 5–40 GB, each using 30–150 % of its data allowance over the month so far in events of a few MB,
 * with some calls and SMS, and 1 % of the events sent twice (a re-sent batch).
 */
final class AlertWorkload {

    static final List<Plan> PLANS = List.of(
            new Plan("P18", "18元 5GB", 1_800, 100, 5_000, 50, 19, 29, 10),
            new Plan("P38", "38元 10GB", 3_800, 200, 10_000, 100, 19, 29, 10),
            new Plan("P58", "58元 20GB", 5_800, 300, 20_000, 100, 15, 29, 10),
            new Plan("P88", "88元 30GB", 8_800, 500, 30_000, 200, 15, 20, 10),
            new Plan("P128", "128元 40GB", 12_800, 1_000, 40_000, 300, 10, 20, 10));

    final String[] msisdns;
    final byte[][] keys;
    final byte[][] values;
    final PlanBook book;
    final Instant now;

    private AlertWorkload(String[] msisdns, byte[][] keys, byte[][] values, PlanBook book, Instant now) {
        this.msisdns = msisdns;
        this.keys = keys;
        this.values = values;
        this.book = book;
        this.now = now;
    }

    /** Events of the month so far, ending at {@code now}, in a random order across subscribers and in time order per subscriber. */
    static AlertWorkload generate(int subscribers, int events, Instant now, java.time.ZoneId zone) {
        Random random = new Random(7);
        Map<String, Plan> plans = new HashMap<>();
        PLANS.forEach(p -> plans.put(p.id(), p));
        String[] numbers = new String[subscribers];
        Map<String, String> subscriberPlans = new HashMap<>();
        double[] mbPerEvent = new double[subscribers];
        double eventsEach = (double) events / subscribers;
        for (int i = 0; i < subscribers; i++) {
            numbers[i] = Long.toString(13_800_000_000L + i * 7L);
            Plan p = PLANS.get(random.nextInt(PLANS.size()));
            subscriberPlans.put(numbers[i], p.id());
            mbPerEvent[i] = p.dataMb() * (0.3 + 1.2 * random.nextDouble()) / eventsEach;
        }
        Instant monthStart = java.time.YearMonth.from(now.atZone(zone)).atDay(1).atStartOfDay(zone).toInstant();
        long span = Math.max(1, now.getEpochSecond() - monthStart.getEpochSecond() - 60);
        byte[][] keys = new byte[events][];
        byte[][] values = new byte[events][];
        long[] clock = new long[subscribers];
        int id = 0;
        for (int n = 0; n < events; n++) {
            int s = random.nextInt(subscribers);
            if (n > 0 && random.nextInt(100) == 0) { // a re-sent event: the same id and content again
                keys[n] = keys[n - 1];
                values[n] = values[n - 1];
                continue;
            }
            clock[s] = Math.min(span, clock[s] + 1 + (long) (random.nextDouble() * 2 * span / eventsEach));
            long milliMb = (long) (mbPerEvent[s] * 1_000 * 2 * random.nextDouble());
            UsageEvent e = new UsageEvent(numbers[s], monthStart.plusSeconds(clock[s]), milliMb, random.nextInt(4) == 0 ? random.nextInt(10) : 0,
                    random.nextInt(20) == 0 ? 1 : 0, "cdr-" + (id++));
            keys[n] = numbers[s].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            values[n] = UsageEventJson.write(e);
        }
        return new AlertWorkload(numbers, keys, values, new PlanBook(plans, subscriberPlans), now);
    }

    int size() {
        return values.length;
    }

    long bytes() {
        long b = 0;
        for (byte[] v : values) b += v.length;
        return b;
    }
}
