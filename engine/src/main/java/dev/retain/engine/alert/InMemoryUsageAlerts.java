package dev.retain.engine.alert;

import dev.retain.engine.value.Plan;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link UsageAlerts} over a plain map of states: the reference the topology and the in-process
 * path are compared with in tests, and the floor the benchmark measures them against.
 */
public final class InMemoryUsageAlerts {

    private final Map<String, SubscriberUsage> states = new HashMap<>();
    private final Map<String, String> subscriberPlans;
    private final Map<String, Plan> plans;
    private final AlertSettings settings;
    private final long[] outcomes = new long[UsageAlerts.Outcome.values().length];

    /** @param subscriberPlans canonical MSISDN → plan id (the caller may change it between events: a plan change) */
    public InMemoryUsageAlerts(Map<String, String> subscriberPlans, Map<String, Plan> plans, AlertSettings settings) {
        this.subscriberPlans = subscriberPlans;
        this.plans = plans;
        this.settings = settings;
    }

    public UsageAlerts.Step accept(UsageEvent e, Instant now) {
        SubscriberUsage before = states.get(e.msisdn());
        UsageAlerts.Step step = UsageAlerts.apply(before, e, subscriberPlans.get(e.msisdn()), plans::get, now, settings);
        if (step.stateChanged(before)) states.put(e.msisdn(), step.state());
        outcomes[step.outcome().ordinal()]++;
        return step;
    }

    public List<UsageAlert> alerts(UsageEvent e, Instant now) {
        return accept(e, now).alerts();
    }

    public SubscriberUsage state(String msisdn) {
        return states.get(msisdn);
    }

    public long count(UsageAlerts.Outcome outcome) {
        return outcomes[outcome.ordinal()];
    }
}
