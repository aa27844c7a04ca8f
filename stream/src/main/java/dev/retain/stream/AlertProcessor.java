package dev.retain.stream;

import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.SubscriberUsage;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageAlerts;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import dev.retain.engine.value.Plan;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The engine's {@link UsageAlerts#apply} over the state store: reads the subscriber's state and plan,
 * writes the new state back, forwards each alert (raised on the crossing, never waiting for a window
 * to close) and each refusal.
 */
final class AlertProcessor implements Processor<String, UsageEvent, String, Verdict> {

    private final AlertSettings settings;
    private ProcessorContext<String, Verdict> context;
    private KeyValueStore<String, SubscriberUsage> states;
    private TimestampedKeyValueStore<String, Plan> plans;
    private TimestampedKeyValueStore<String, String> subscriberPlans;

    AlertProcessor(AlertSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Verdict> context) {
        this.context = context;
        this.states = context.getStateStore(UsageAlertTopology.USAGE_STORE);
        this.plans = context.getStateStore(UsageAlertTopology.PLANS_STORE);
        this.subscriberPlans = context.getStateStore(UsageAlertTopology.SUBSCRIBER_PLANS_STORE);
    }

    @Override
    public void process(Record<String, UsageEvent> r) {
        String msisdn = r.key();
        SubscriberUsage before = states.get(msisdn);
        // the receiving clock: judges late and future events (the test driver's mock clock in tests)
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        UsageAlerts.Step step = UsageAlerts.apply(before, r.value(), value(subscriberPlans.get(msisdn)),
                id -> value(plans.get(id)), now, settings);
        if (step.stateChanged(before)) states.put(msisdn, step.state());
        for (UsageAlert a : step.alerts()) {
            context.forward(r.withValue(new Verdict(a, null)));
        }
        if (step.outcome() == UsageAlerts.Outcome.REJECTED) {
            RecordMetadata m = context.recordMetadata().orElse(null);
            DeadLetter d = new DeadLetter(step.reason(), step.detail(), m == null ? null : m.topic(),
                    m == null ? -1 : m.partition(), m == null ? -1 : m.offset(),
                    msisdn.getBytes(StandardCharsets.UTF_8), UsageEventJson.write(r.value()));
            context.forward(r.withValue(new Verdict(null, d)));
        }
    }

    private static <V> V value(ValueAndTimestamp<V> v) {
        return v == null ? null : v.value();
    }
}
