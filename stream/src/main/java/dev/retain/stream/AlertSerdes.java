package dev.retain.stream;

import dev.retain.engine.alert.SubscriberUsage;
import dev.retain.engine.alert.SubscriberUsageCodec;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import dev.retain.engine.value.Plan;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The serdes of the topology's own records: state, re-keyed events, plans. */
final class AlertSerdes {

    private AlertSerdes() {
    }

    /** The per-subscriber state, in the engine's codec (the app's in-process path stores the same bytes). */
    static Serde<SubscriberUsage> subscriberUsage() {
        return Serdes.serdeFrom((topic, s) -> s == null ? null : SubscriberUsageCodec.encode(s),
                (topic, b) -> b == null ? null : SubscriberUsageCodec.decode(b));
    }

    /** An event on the repartition topic: already valid, written as the input JSON. */
    static Serde<UsageEvent> usageEvent() {
        return Serdes.serdeFrom((topic, e) -> e == null ? null : UsageEventJson.write(e), (topic, b) -> {
            if (b == null) return null;
            if (UsageEventJson.parse(b) instanceof UsageEventJson.Accepted a) return a.event();
            throw new IllegalStateException("the repartition topic " + topic + " holds a record the topology did not write");
        });
    }

    /** A plan of the plans topic; a record that is not a plan reads as no plan, never as a failure. */
    static Serde<Plan> plan() {
        return Serdes.serdeFrom((topic, p) -> p == null ? null : PlanJson.write(p), (topic, b) -> PlanJson.read(b));
    }
}
