package dev.retain.app.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts a sample's findings into shares: all, by manager of the draw, by stratum. A sample is small: counted in memory. */
final class InspectionTally {

    private InspectionTally() {
    }

    static InspectionResults of(List<SampledCustomer> sample) {
        Shares all = shares("all", "", sample);
        List<Shares> byManager = grouped(sample, SampledCustomer::managerId, SampledCustomer::managerName);
        List<Shares> byStratum = grouped(sample, SampledCustomer::stratum, SampledCustomer::stratum);
        List<SampledCustomer> problems = sample.stream().filter(c -> c.finding() != null && c.finding().hasProblem()).toList();
        return new InspectionResults(all, byManager, byStratum, problems);
    }

    private static List<Shares> grouped(List<SampledCustomer> sample, Function<SampledCustomer, String> key,
                                        Function<SampledCustomer, String> label) {
        Map<String, List<SampledCustomer>> groups = new TreeMap<>();
        for (SampledCustomer c : sample) groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
        List<Shares> out = new ArrayList<>();
        groups.forEach((k, members) -> out.add(shares(k, label.apply(members.get(0)), members)));
        return out;
    }

    private static Shares shares(String key, String label, List<SampledCustomer> members) {
        int inspected = 0, profile = 0, knows = 0, served = 0;
        for (SampledCustomer c : members) {
            Finding f = c.finding();
            if (f == null) continue;
            inspected++;
            if (f.profileCorrect()) profile++;
            if (f.knowsManager()) knows++;
            if (f.serviceReceived()) served++;
        }
        return new Shares(key, label, members.size(), inspected, profile, knows, served);
    }
}
