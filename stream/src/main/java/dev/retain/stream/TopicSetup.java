package dev.retain.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the application's topics that do not exist yet, with the broker's default replication:
 * events, alerts and dead letters with the given partitions (the most instances that can share
 * the work), plans and subscribers' plans compacted (the latest record per key is the truth).
 * Existing topics are left exactly as they are.
 */
public final class TopicSetup {

    /** Long enough for a cluster that elects a controller, short enough that a wrong address is said within a minute. */
    private static final int TIMEOUT_MS = 30_000;

    private TopicSetup() {
    }

    /** @return the names of the topics it created */
    public static List<String> ensure(Map<String, Object> clientProperties, AlertTopics topics, Integer partitions)
            throws InterruptedException {
        try (Admin admin = Admin.create(clientProperties)) {
            Set<String> existing = admin.listTopics(new ListTopicsOptions().timeoutMs(TIMEOUT_MS)).names().get();
            Optional<Integer> count = Optional.ofNullable(partitions);
            List<NewTopic> missing = new ArrayList<>();
            for (String t : List.of(topics.events(), topics.alerts(), topics.deadLetters())) {
                if (!existing.contains(t)) missing.add(new NewTopic(t, count, Optional.empty()));
            }
            for (String t : List.of(topics.plans(), topics.subscriberPlans())) {
                if (!existing.contains(t)) {
                    missing.add(new NewTopic(t, Optional.empty(), Optional.empty())
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
                }
            }
            if (!missing.isEmpty()) admin.createTopics(missing, new CreateTopicsOptions().timeoutMs(TIMEOUT_MS)).all().get();
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) return List.of(); // another instance was quicker
            throw new IllegalStateException("cannot list or create the topics: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
