package dev.retain.engine.alert;

import dev.retain.engine.value.Plan;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Plans, subscribers and events for the alert tests. */
final class AlertFixtures {

    static final String ALICE = "13800138000";
    static final String BOB = "13900139000";

    /** 1,000 MB, 100 minutes, 50 SMS; overage 0.29 CNY a MB, 0.19 a minute, 0.10 an SMS. */
    static Plan basic() {
        return new Plan("P1", "basic", 5_800, 100, 1_000, 50, 19, 29, 10);
    }

    /** Half the allowances of {@link #basic()}, the same prices. */
    static Plan small() {
        return new Plan("P2", "small", 2_800, 50, 500, 20, 19, 29, 10);
    }

    /** 10,000 MB and a lot of everything. */
    static Plan large() {
        return new Plan("P3", "large", 18_800, 1_000, 10_000, 500, 15, 20, 10);
    }

    static Map<String, Plan> plans() {
        Map<String, Plan> m = new HashMap<>();
        for (Plan p : new Plan[] {basic(), small(), large()}) m.put(p.id(), p);
        return m;
    }

    static Map<String, String> subscribers() {
        Map<String, String> m = new HashMap<>();
        m.put(ALICE, "P1");
        m.put(BOB, "P3");
        return m;
    }

    static UsageEvent data(String msisdn, String ts, long mb, String id) {
        return new UsageEvent(msisdn, Instant.parse(ts), mb * 1_000, 0, 0, id);
    }

    private AlertFixtures() {
    }
}
