package dev.retain.stream;

import dev.retain.engine.alert.SubscriberUsage;
import dev.retain.engine.alert.SubscriberUsageCodec;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import dev.retain.engine.value.Plan;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * A plan of the plans topic; a record that is not a plan reads as no plan, never as a failure. The
     * global store hands out bytes on every lookup, so plans read once are kept by their exact bytes:
     * a province has tens of plans, and a changed plan has other bytes.
     */
    static Serde<Plan> plan() {
        Map<ByteBuffer, Plan> read = new ConcurrentHashMap<>();
        return Serdes.serdeFrom((topic, p) -> p == null ? null : PlanJson.write(p), (topic, b) -> {
            if (b == null) return null;
            Plan known = read.get(ByteBuffer.wrap(b));
            if (known != null) return known;
            Plan p = PlanJson.read(b);
            if (p != null) {
                if (read.size() >= PLANS_KEPT) read.clear(); // a bound, never reached by a real catalogue
                read.put(ByteBuffer.wrap(b.clone()), p);
            }
            return p;
        });
    }

    private static final int PLANS_KEPT = 10_000;
}
