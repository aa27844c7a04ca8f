package dev.retain.bench;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real single-node Kafka (KRaft, combined broker and controller) in the benchmark's JVM, on a random port. */
final class LocalBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private LocalBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static LocalBroker start() throws Exception {
        KafkaClusterTestKit.Builder b = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build());
        b.setConfigProp("offsets.topic.replication.factor", "1");
        b.setConfigProp("offsets.topic.num.partitions", "3");
        b.setConfigProp("transaction.state.log.replication.factor", "1");
        b.setConfigProp("transaction.state.log.min.isr", "1");
        b.setConfigProp("transaction.state.log.num.partitions", "3");
        b.setConfigProp("group.initial.rebalance.delay.ms", "0");
        KafkaClusterTestKit cluster = b.build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new LocalBroker(cluster);
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
