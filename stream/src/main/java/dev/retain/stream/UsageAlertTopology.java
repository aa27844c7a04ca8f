package dev.retain.stream;

import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.UsageAlertJson;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.value.Plan;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The usage-alert topology (SPEC R6.1) as a pure function of its topics and settings; the
 * configuration and the running instance live in {@link AlertStreamApplication}.
 *
 * <pre>
 * usage-events ─► parse ─┬─ refused ───────────────────────────────────────────────► usage-events-dlq
 *   (bytes)              ├─ keyed by the canonical MSISDN ──────────┐
 *                        └─ other key ─► repartition by MSISDN ─────┴─► merge ─► alerts ─┬─► usage-alerts
 *                                                                  state store ┘  ▲      └─► usage-events-dlq
 * retain-plans ─────────────► GlobalKTable plans ─────────────────────────────────┤
 * retain-subscriber-plans ──► GlobalKTable subscriber → plan ─────────────────────┘
 * </pre>
 *
 * Records are read as bytes and parsed in the topology, so a malformed record is a dead letter,
 * never a deserialization failure that stops the application.
 */
public final class UsageAlertTopology {

    public static final String USAGE_STORE = "usage-by-subscriber";
    public static final String PLANS_STORE = "plans";
    public static final String SUBSCRIBER_PLANS_STORE = "subscriber-plans";
    /** The internal topic of events that came with another key: {@code <application.id>-by-msisdn-repartition}. */
    public static final String REPARTITION = "by-msisdn";

    private UsageAlertTopology() {
    }

    public static Topology build(AlertTopics topics, AlertSettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.globalTable(topics.plans(), Consumed.with(Serdes.String(), AlertSerdes.plan()).withName("plans-source"),
                Materialized.<String, Plan>as(Stores.inMemoryKeyValueStore(PLANS_STORE))
                        .withKeySerde(Serdes.String()).withValueSerde(AlertSerdes.plan()));
        builder.globalTable(topics.subscriberPlans(), Consumed.with(Serdes.String(), Serdes.String()).withName("subscriber-plans-source"),
                Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(SUBSCRIBER_PLANS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(USAGE_STORE),
                Serdes.String(), AlertSerdes.subscriberUsage()));

        Map<String, KStream<String, Intake>> intake = builder
                .stream(topics.events(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("events-source"))
                .process(IntakeProcessor::new, Named.as("parse"))
                .split(Named.as("intake-"))
                .branch((k, v) -> v.refused() != null, Branched.as("refused"))
                .branch((k, v) -> v.keyedByMsisdn(), Branched.as("keyed"))
                .defaultBranch(Branched.as("rekey"));
        intake.get("intake-refused").mapValues(i -> i.refused().json(), Named.as("refused-json"))
                .to(topics.deadLetters(), bytesOut("refused-sink"));

        KStream<String, UsageEvent> keyed = intake.get("intake-keyed").mapValues(Intake::event, Named.as("keyed-event"));
        KStream<String, UsageEvent> rekeyed = intake.get("intake-rekey").mapValues(Intake::event, Named.as("rekey-event"))
                .repartition(Repartitioned.<String, UsageEvent>as(REPARTITION)
                        .withKeySerde(Serdes.String()).withValueSerde(AlertSerdes.usageEvent()));

        Map<String, KStream<String, Verdict>> verdicts = keyed.merge(rekeyed, Named.as("by-subscriber"))
                .process(() -> new AlertProcessor(settings), Named.as("alerts"), USAGE_STORE)
                .split(Named.as("verdict-"))
                .branch((k, v) -> v.alert() != null, Branched.as("alert"))
                .defaultBranch(Branched.as("refused"));
        verdicts.get("verdict-alert").mapValues(v -> UsageAlertJson.write(v.alert()), Named.as("alert-json"))
                .to(topics.alerts(), bytesOut("alerts-sink"));
        verdicts.get("verdict-refused").mapValues(v -> v.refused().json(), Named.as("late-json"))
                .to(topics.deadLetters(), bytesOut("late-sink"));
        return builder.build();
    }

    private static Produced<String, byte[]> bytesOut(String name) {
        return Produced.with(Serdes.String(), Serdes.ByteArray()).withName(name);
    }
}
