package dev.retain.bench;

import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.InMemoryUsageAlerts;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageAlertJson;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import dev.retain.engine.value.Plan;
import dev.retain.stream.AlertTopics;
import dev.retain.stream.PlanBook;
import dev.retain.stream.PlanJson;
import dev.retain.stream.PlanTopicsPublisher;
import dev.retain.stream.StreamSettings;
import dev.retain.stream.TopicSetup;
import dev.retain.stream.UsageAlertTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Usage events per second through the alert topology three ways over the same events — a plain
 * Java loop over a map (the floor: parse, the engine's logic, the alert's JSON), TopologyTestDriver
 * (the topology with its RocksDB store, no broker), and Kafka Streams with exactly-once against a
 * real broker in this JVM — then the latency from produce to a committed alert under a steady load.
 * Run by hand: docs/performance.md.
 */
final class AlertsBench {

    private static final AlertSettings SETTINGS = AlertSettings.defaults();

    private AlertsBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        int subscribers = (int) a.number("subscribers", 100_000);
        int events = (int) a.number("events", 1_000_000);
        int runs = (int) a.number("runs", 3);
        int partitions = (int) a.number("partitions", 2);
        int threads = (int) a.number("threads", 2);
        int rate = (int) a.number("rate", 5_000);
        int seconds = (int) a.number("seconds", 30);
        List<String> guarantees = List.of(a.text("guarantees", StreamsConfig.EXACTLY_ONCE_V2).split(","));
        String phases = a.text("phases", "floor,driver,broker,latency");

        Instant now = Instant.now();
        long t = System.nanoTime();
        AlertWorkload w = AlertWorkload.generate(subscribers, events, now, SETTINGS.zone());
        System.out.printf("workload: %,d events (%,d bytes of JSON) over %,d subscribers, generated in %.1f s; %d cores, %s, Java %s%n",
                w.size(), w.bytes(), subscribers, (System.nanoTime() - t) / 1e9, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), System.getProperty("java.version"));

        long expectedAlerts = -1;
        if (phases.contains("floor")) expectedAlerts = floor(w, runs);
        if (phases.contains("driver")) driver(w, runs, expectedAlerts);
        if (phases.contains("broker") || phases.contains("latency")) {
            try (LocalBroker broker = LocalBroker.start()) {
                if (phases.contains("broker")) {
                    for (String g : guarantees) brokerThroughput(broker, w, runs, partitions, threads, g, expectedAlerts);
                }
                if (phases.contains("latency")) latency(broker, w, partitions, threads, rate, seconds);
            }
        }
    }

    // ---- the floor: the same work in a plain loop, in memory ----

    private static long floor(AlertWorkload w, int runs) {
        double[] full = new double[runs];
        double[] logicOnly = new double[runs];
        long alerts = 0;
        List<UsageEvent> parsed = new ArrayList<>(w.size());
        for (byte[] v : w.values) parsed.add(((UsageEventJson.Accepted) UsageEventJson.parse(v)).event());
        for (int run = -1; run < runs; run++) { // run -1 warms the JIT up
            InMemoryUsageAlerts logic = new InMemoryUsageAlerts(w.book.subscriberPlans(), w.book.plans(), SETTINGS);
            long count = 0;
            long bytes = 0;
            long start = System.nanoTime();
            for (byte[] v : w.values) {
                if (UsageEventJson.parse(v) instanceof UsageEventJson.Accepted ok) {
                    for (UsageAlert alert : logic.alerts(ok.event(), w.now)) {
                        bytes += UsageAlertJson.write(alert).length;
                        count++;
                    }
                }
            }
            double s = (System.nanoTime() - start) / 1e9;
            InMemoryUsageAlerts bare = new InMemoryUsageAlerts(w.book.subscriberPlans(), w.book.plans(), SETTINGS);
            long startLogic = System.nanoTime();
            long bareCount = 0;
            for (UsageEvent e : parsed) bareCount += bare.alerts(e, w.now).size();
            double sLogic = (System.nanoTime() - startLogic) / 1e9;
            if (bareCount != count || bytes == 0) throw new IllegalStateException("the floor's two loops disagree");
            if (run >= 0) {
                full[run] = w.size() / s;
                logicOnly[run] = w.size() / sLogic;
            }
            alerts = count;
        }
        System.out.printf("floor (plain Java loop, parse + logic + alert JSON): median %,.0f events/s; the logic alone %,.0f events/s; %,d alerts%n",
                Medians.of(full), Medians.of(logicOnly), alerts);
        return alerts;
    }

    // ---- TopologyTestDriver: the topology and its stores, no broker ----

    private static void driver(AlertWorkload w, int runs, long expectedAlerts) throws Exception {
        double[] rates = new double[runs];
        for (int run = -1; run < runs; run++) {
            Path state = Files.createTempDirectory("retain-bench-driver");
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-driver");
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
            AlertTopics topics = AlertTopics.defaults();
            try (TopologyTestDriver d = new TopologyTestDriver(UsageAlertTopology.build(topics, SETTINGS), p, w.now)) {
                TestInputTopic<String, byte[]> plans = d.createInputTopic(topics.plans(), new StringSerializer(), new ByteArraySerializer());
                w.book.plans().forEach((id, plan) -> plans.pipeInput(id, PlanJson.write(plan)));
                TestInputTopic<String, String> subs = d.createInputTopic(topics.subscriberPlans(), new StringSerializer(), new StringSerializer());
                w.book.subscriberPlans().forEach(subs::pipeInput);
                TestInputTopic<byte[], byte[]> in = d.createInputTopic(topics.events(), new ByteArraySerializer(), new ByteArraySerializer());
                TestOutputTopic<String, byte[]> out = d.createOutputTopic(topics.alerts(), new StringDeserializer(), new ByteArrayDeserializer());
                long alerts = 0;
                long start = System.nanoTime();
                for (int i = 0; i < w.size(); i++) {
                    in.pipeInput(w.keys[i], w.values[i], w.now);
                    if ((i & 0x3FFF) == 0) alerts += out.readValuesToList().size();
                }
                alerts += out.readValuesToList().size();
                double s = (System.nanoTime() - start) / 1e9;
                if (expectedAlerts >= 0 && alerts != expectedAlerts) {
                    throw new IllegalStateException("TopologyTestDriver raised " + alerts + " alerts, the floor " + expectedAlerts);
                }
                if (run >= 0) rates[run] = w.size() / s;
            } finally {
                deleteTree(state);
            }
        }
        System.out.printf("TopologyTestDriver (exactly-once, RocksDB store): median %,.0f events/s%n", Medians.of(rates));
    }

    // ---- Kafka Streams against the broker ----

    private static StreamSettings settings(LocalBroker broker, String name, int partitions, int threads, Path state) {
        AlertTopics topics = new AlertTopics(name + "-events", name + "-alerts", name + "-dlq", name + "-plans", name + "-subscriber-plans");
        return new StreamSettings(broker.bootstrapServers(), "bench-" + name, topics, SETTINGS, state, threads, partitions, Map.of());
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap, int lingerMs) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static void brokerThroughput(LocalBroker broker, AlertWorkload w, int runs, int partitions, int threads, String guarantee,
                                         long expectedAlerts) throws Exception {
        double[] rates = new double[runs];
        double[] produceRates = new double[runs];
        for (int run = 0; run < runs; run++) {
            Path state = Files.createTempDirectory("retain-bench-streams");
            StreamSettings s = settings(broker, "tp" + guarantee.hashCode() + "-" + run + "-" + System.nanoTime(), partitions, threads, state);
            TopicSetup.ensure(s.clientProperties(), s.topics(), partitions);
            PlanTopicsPublisher.publish(s.clientProperties(), s.topics(), w.book);
            long p0 = System.nanoTime();
            try (KafkaProducer<byte[], byte[]> producer = producer(s.bootstrapServers(), 20)) {
                for (int i = 0; i < w.size(); i++) producer.send(new ProducerRecord<>(s.topics().events(), w.keys[i], w.values[i]));
                producer.flush();
            }
            produceRates[run] = w.size() / ((System.nanoTime() - p0) / 1e9);
            Properties props = s.streamsProperties();
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
            try (KafkaStreams streams = new KafkaStreams(UsageAlertTopology.build(s.topics(), SETTINGS), props);
                 Admin admin = Admin.create(s.clientProperties())) {
                streams.start();
                while (streams.state() != KafkaStreams.State.RUNNING) Thread.sleep(10);
                long start = System.nanoTime();
                while (committed(admin, s) < w.size()) Thread.sleep(50);
                double seconds = (System.nanoTime() - start) / 1e9;
                rates[run] = w.size() / seconds;
                long alerts = countCommitted(s.bootstrapServers(), s.topics().alerts());
                if (expectedAlerts >= 0 && alerts != expectedAlerts) {
                    throw new IllegalStateException("the broker run raised " + alerts + " alerts, the floor " + expectedAlerts);
                }
                System.out.printf("  run %d (%s): %,.0f events/s through the topology (%.1f s), %,d alerts; produced at %,.0f events/s%n",
                        run + 1, guarantee, rates[run], seconds, alerts, produceRates[run]);
                streams.close(Duration.ofSeconds(30));
            } finally {
                deleteTree(state);
            }
        }
        System.out.printf("Kafka Streams on the local broker (%s, %d partitions, %d stream threads): median %,.0f events/s%n",
                guarantee, partitions, threads, Medians.of(rates));
    }

    /** The events topic's offsets the application has committed, summed over partitions. */
    private static long committed(Admin admin, StreamSettings s) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(s.applicationId())
                .partitionsToOffsetAndMetadata().get();
        long sum = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
            if (e.getKey().topic().equals(s.topics().events()) && e.getValue() != null) sum += e.getValue().offset();
        }
        return sum;
    }

    private static long countCommitted(String bootstrap, String topic) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long n = 0;
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) n += c.poll(Duration.ofMillis(200)).count();
            return n;
        }
    }

    // ---- latency from produce to a committed alert, under a steady load ----

    private static void latency(LocalBroker broker, AlertWorkload w, int partitions, int threads, int rate, int seconds) throws Exception {
        Path state = Files.createTempDirectory("retain-bench-latency");
        StreamSettings s = settings(broker, "latency-" + System.nanoTime(), partitions, threads, state);
        // probes: subscribers on a 1 MB plan whose single 2 MB event raises an alert at once
        Plan probePlan = new Plan("PROBE", "probe", 0, 0, 1, 0, 0, 29, 0);
        int probes = Math.max(100, seconds * 50);
        Map<String, String> subscriberPlans = new HashMap<>(w.book.subscriberPlans());
        for (int i = 0; i < probes; i++) subscriberPlans.put(probe(i), "PROBE");
        Map<String, Plan> plans = new HashMap<>(w.book.plans());
        plans.put("PROBE", probePlan);
        TopicSetup.ensure(s.clientProperties(), s.topics(), partitions);
        PlanTopicsPublisher.publish(s.clientProperties(), s.topics(), new PlanBook(plans, subscriberPlans));
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Latencies latencies = new Latencies();
        AtomicBoolean stop = new AtomicBoolean();
        try (dev.retain.stream.AlertStreamApplication app = dev.retain.stream.AlertStreamApplication.start(s)) {
            if (!app.awaitRunning(Duration.ofSeconds(120))) throw new IllegalStateException("the application did not start");
            Thread reader = new Thread(() -> readProbes(s, sentAt, latencies, stop), "probe-reader");
            reader.start();
            Thread.sleep(2_000); // the reader's partitions are assigned
            try (KafkaProducer<byte[], byte[]> producer = producer(s.bootstrapServers(), 0)) {
                long start = System.nanoTime();
                long interval = 1_000_000_000L / rate;
                int probeEvery = Math.max(1, rate * seconds / probes);
                int p = 0;
                for (long n = 0; System.nanoTime() - start < seconds * 1_000_000_000L; n++) {
                    long due = start + n * interval;
                    while (System.nanoTime() < due) Thread.onSpinWait();
                    if (n % probeEvery == 0 && p < probes) {
                        String msisdn = probe(p++);
                        UsageEvent e = new UsageEvent(msisdn, Instant.now(), 2_000, 0, 0, "probe-" + msisdn);
                        sentAt.put(msisdn, System.nanoTime());
                        producer.send(new ProducerRecord<>(s.topics().events(), msisdn.getBytes(StandardCharsets.UTF_8), UsageEventJson.write(e)));
                    } else {
                        int i = (int) (n % w.size());
                        // a fresh id: the background load counts, never a duplicate of the throughput runs
                        UsageEvent e = ((UsageEventJson.Accepted) UsageEventJson.parse(w.values[i])).event();
                        UsageEvent live = new UsageEvent(e.msisdn(), Instant.now(), e.dataMilliMb(), e.voiceMin(), e.sms(), "live-" + n);
                        producer.send(new ProducerRecord<>(s.topics().events(), w.keys[i], UsageEventJson.write(live)));
                    }
                }
                producer.flush();
                Thread.sleep(3_000);
                stop.set(true);
                reader.join();
                System.out.printf("latency, produce -> committed alert (read_committed), %,d events/s of load, %d probes answered of %d: "
                                + "p50 %.0f ms, p99 %.0f ms%n", rate, latencies.count(), p, latencies.percentileMillis(50),
                        latencies.percentileMillis(99));
            }
        } finally {
            deleteTree(state);
        }
    }

    private static String probe(int i) {
        return Long.toString(19_900_000_000L + i);
    }

    private static void readProbes(StreamSettings s, Map<String, Long> sentAt, Latencies latencies, AtomicBoolean stop) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, s.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(s.topics().alerts()).stream()
                    .map(i -> new TopicPartition(s.topics().alerts(), i.partition())).toList();
            c.assign(parts);
            c.seekToEnd(parts);
            parts.forEach(c::position);
            while (!stop.get()) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(5))) {
                    Long sent = sentAt.remove(r.key()); // the first alert of a probe; its second is ignored
                    if (sent != null) latencies.add(System.nanoTime() - sent);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
