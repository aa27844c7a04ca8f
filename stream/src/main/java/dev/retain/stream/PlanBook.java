package dev.retain.stream;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.load.ContractColumns;
import dev.retain.engine.load.PlanParser;
import dev.retain.engine.load.SubscriberParser;
import dev.retain.engine.value.Msisdn;
import dev.retain.engine.value.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the topology needs to know of the province: the plans by id and each subscriber's plan by
 * canonical MSISDN. Read from a folder in the CSV contract ({@code plans.csv}, {@code subscribers.csv})
 * with the engine's own parsers, or built by the app from its database.
 */
public record PlanBook(Map<String, Plan> plans, Map<String, String> subscriberPlans) {

    public PlanBook {
        plans = Map.copyOf(plans);
        subscriberPlans = Map.copyOf(subscriberPlans);
    }

    /**
     * Reads {@code plans.csv} and {@code subscribers.csv} of a folder; bad rows go to rejects reports in
     * {@code reports} and the file fails past {@code maxRejectRate}, as on import. Subscribers without a
     * plan are left out: their events are refused as unknown subscribers.
     */
    public static PlanBook read(Path folder, Path reports, double maxRejectRate) {
        try {
            Files.createDirectories(reports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ContractFileReader reader = new ContractFileReader(reports, maxRejectRate);
        Map<String, Plan> plans = new LinkedHashMap<>();
        reader.read(folder.resolve(ContractColumns.PLANS), ContractColumns.PLAN_REQUIRED,
                new PlanParser((p, line) -> plans.put(p.id(), p)), null);
        Map<String, String> subscriberPlans = new HashMap<>();
        FileLoad subscribers = reader.read(folder.resolve(ContractColumns.SUBSCRIBERS), ContractColumns.SUBSCRIBER_REQUIRED,
                new SubscriberParser((s, line) -> {
                    if (s.planId() != null) subscriberPlans.put(Msisdn.canonical(s.msisdn()), s.planId());
                }, plans::containsKey, group -> true), null);
        if (subscribers.loaded() == 0) throw new IllegalArgumentException(ContractColumns.SUBSCRIBERS + " has no valid subscriber rows");
        return new PlanBook(plans, subscriberPlans);
    }
}
