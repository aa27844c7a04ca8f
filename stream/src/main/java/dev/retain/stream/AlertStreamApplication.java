package dev.retain.stream;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * One running instance of the alert topology: creates missing topics, starts Kafka Streams with
 * exactly-once v2, and replaces a stream thread that died of an unexpected error instead of stopping
 * (bad records never get that far: they are dead letters). Start more instances with the same
 * application id to share the partitions.
 */
public final class AlertStreamApplication implements AutoCloseable {

    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private AlertStreamApplication(KafkaStreams streams) {
        this.streams = streams;
    }

    public static AlertStreamApplication start(StreamSettings settings) throws InterruptedException {
        TopicSetup.ensure(settings.clientProperties(), settings.topics(), settings.partitions());
        KafkaStreams streams = new KafkaStreams(UsageAlertTopology.build(settings.topics(), settings.alerts()),
                settings.streamsProperties());
        AlertStreamApplication app = new AlertStreamApplication(streams);
        streams.setUncaughtExceptionHandler(e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) app.stopped.countDown();
        });
        streams.start();
        return app;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Waits until the instance has joined and restored its state (RUNNING), or the timeout passed. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (streams.state() == KafkaStreams.State.RUNNING) return true;
            if (stopped.getCount() == 0) return false;
            Thread.sleep(50);
        }
        return false;
    }

    /** Blocks until the instance stopped (closed, or failed for good). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The underlying instance, for metrics. */
    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        stopped.countDown();
    }
}
