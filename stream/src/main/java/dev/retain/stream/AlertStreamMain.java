package dev.retain.stream;

import dev.retain.engine.cycle.SettingsLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.KafkaException;

/**
 * Runs the alert application: {@code --bootstrap-servers HOST:PORT} and the options of
 * {@link StreamSettings#OPTIONS}, plus {@code --province DIR} to publish the plans and subscribers'
 * plans of a CSV folder first, and {@code --publish-only} to publish and stop. {@code retain stream}
 * calls {@link #run}; this {@code main} runs the module on its own (the broker tests start it in a
 * JVM of its own and kill it).
 */
public final class AlertStreamMain {

    public static final Set<String> OPTIONS = options();

    private AlertStreamMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            String name = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(name, hasValue ? args[++i] : "true");
        }
        System.exit(run(options, System.out, System.err));
    }

    /**
     * Publishes when asked, then runs until the JVM is told to stop (Ctrl-C, SIGTERM). Returns the exit
     * code: 0 stopped, 3 the cluster could not be reached or the application failed. A wrong option is
     * an IllegalArgumentException.
     */
    public static int run(Map<String, String> options, PrintStream out, PrintStream err) throws InterruptedException {
        for (String name : options.keySet()) {
            if (!OPTIONS.contains(name)) throw new IllegalArgumentException("unknown option --" + name);
        }
        StreamSettings settings = StreamSettings.parse(options);
        try {
            return publishAndRun(options, settings, out);
        } catch (KafkaException | IllegalStateException e) {
            err.println("error: Kafka at " + settings.bootstrapServers() + ": " + e.getMessage());
            return 3;
        }
    }

    private static int publishAndRun(Map<String, String> options, StreamSettings settings, PrintStream out) throws InterruptedException {
        if (options.containsKey("province")) {
            Path folder = Path.of(options.get("province"));
            PlanBook book = PlanBook.read(folder, folder, SettingsLoader.defaults().maxRejectRate());
            out.printf("read %d plans and %,d subscribers' plans from %s; publishing to Kafka at %s%n", book.plans().size(),
                    book.subscriberPlans().size(), folder, settings.bootstrapServers());
            TopicSetup.ensure(settings.clientProperties(), settings.topics(), settings.partitions());
            PlanTopicsPublisher.Published p = PlanTopicsPublisher.publish(settings.clientProperties(), settings.topics(), book);
            out.printf("published %d plans (%d written, %d removed) and %,d subscribers' plans (%,d written, %,d removed)%n",
                    book.plans().size(), p.plansWritten(), p.plansRemoved(), book.subscriberPlans().size(),
                    p.subscribersWritten(), p.subscribersRemoved());
        } else if (options.containsKey("publish-only")) {
            throw new IllegalArgumentException("--publish-only needs --province DIR");
        }
        if (options.containsKey("publish-only")) return 0;

        AlertStreamApplication app = AlertStreamApplication.start(settings);
        Thread hook = new Thread(app::close, "retain-stream-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf("usage alerts: application %s on %s, %s -> %s (dead letters: %s); thresholds %s %%, bill shock %s CNY, months in %s%n",
                settings.applicationId(), settings.bootstrapServers(), settings.topics().events(), settings.topics().alerts(),
                settings.topics().deadLetters(), settings.alerts().allowancePercents(),
                dev.retain.engine.value.Money.format(settings.alerts().billShockFen()), settings.alerts().zone());
        app.awaitStopped();
        boolean failed = app.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR;
        out.println(failed ? "usage alerts stopped after an error (see the log)" : "usage alerts stopped");
        return failed ? 3 : 0;
    }

    private static Set<String> options() {
        Set<String> all = new HashSet<>(StreamSettings.OPTIONS);
        all.add("province");
        all.add("publish-only");
        return Set.copyOf(all);
    }
}
