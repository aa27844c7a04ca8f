package dev.retain.bench;

import java.util.concurrent.CountDownLatch;

/**
 * {@code local-kafka}: a single-node Kafka (KRaft) in this JVM for trying {@code retain stream} on a
 * machine without one. Prints its address; Ctrl-C stops it and deletes its data.
 */
final class LocalKafkaCommand {

    private LocalKafkaCommand() {
    }

    public static void main(String[] args) throws Exception {
        LocalBroker broker = LocalBroker.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.close();
            } catch (Exception e) {
                System.err.println("stopping the broker: " + e);
            }
            stopped.countDown();
        }));
        System.out.println("Kafka is listening on " + broker.bootstrapServers() + " (Ctrl-C stops it)");
        System.out.println("  ./retain stream --bootstrap-servers " + broker.bootstrapServers() + " --province DIR");
        stopped.await();
    }
}
