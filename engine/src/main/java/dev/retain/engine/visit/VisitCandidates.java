package dev.retain.engine.visit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the customers worth a face-to-face visit among open complaints by seed 003's criteria
 * ({@link VisitReason}); one candidate per customer, the reasons of all their open complaints
 * together, most reasons first, then VIPs, then the oldest complaint.
 *
 * @param clusterSize open complaints of one branch and category that make a cluster (area cases always do)
 * @param overdueDays a complaint open longer than this is an escalation risk
 */
public record VisitCandidates(int clusterSize, int overdueDays) {

    public VisitCandidates {
        if (clusterSize < 2) throw new IllegalArgumentException("clusterSize must be ≥ 2, was " + clusterSize);
        if (overdueDays < 1) throw new IllegalArgumentException("overdueDays must be ≥ 1, was " + overdueDays);
    }

    public static VisitCandidates defaults() {
        return new VisitCandidates(3, 5);
    }

    public List<VisitCandidate> pick(List<OpenComplaint> open, LocalDate today) {
        Map<String, Integer> perBranchAndCategory = new HashMap<>();
        for (OpenComplaint c : open) perBranchAndCategory.merge(c.branch() + "\u0000" + c.category(), 1, Integer::sum);
        Map<String, List<OpenComplaint>> byCustomer = new LinkedHashMap<>();
        for (OpenComplaint c : open) byCustomer.computeIfAbsent(c.msisdn(), k -> new ArrayList<>()).add(c);

        List<VisitCandidate> picked = new ArrayList<>();
        for (List<OpenComplaint> mine : byCustomer.values()) {
            Set<VisitReason> reasons = EnumSet.noneOf(VisitReason.class);
            for (OpenComplaint c : mine) reasons.addAll(reasonsOf(c, perBranchAndCategory, today));
            if (mine.size() > 1) reasons.add(VisitReason.REPEAT);
            if (reasons.isEmpty()) continue;
            OpenComplaint newest = mine.stream().max(Comparator.comparing(OpenComplaint::receivedOn).thenComparing(OpenComplaint::complaintId)).orElseThrow();
            picked.add(new VisitCandidate(newest, reasons, mine.stream().map(OpenComplaint::complaintId).sorted().toList()));
        }
        picked.sort(Comparator.<VisitCandidate>comparingInt(c -> -c.reasons().size())
                .thenComparing(c -> !c.reasons().contains(VisitReason.VIP))
                .thenComparing(c -> c.complaint().receivedOn())
                .thenComparing(c -> c.complaint().complaintId()));
        return picked;
    }

    private Set<VisitReason> reasonsOf(OpenComplaint c, Map<String, Integer> perBranchAndCategory, LocalDate today) {
        Set<VisitReason> reasons = EnumSet.noneOf(VisitReason.class);
        if ("diamond".equals(c.tier()) || "gold".equals(c.tier())) reasons.add(VisitReason.VIP);
        if (c.repeatCount() > 0) reasons.add(VisitReason.REPEAT);
        if (c.areaCaseId() != null || perBranchAndCategory.get(c.branch() + "\u0000" + c.category()) >= clusterSize) {
            reasons.add(VisitReason.CLUSTERED);
        }
        if ("must_solve".equals(c.priority()) || "agitated".equals(c.customerType())
                || ChronoUnit.DAYS.between(c.receivedOn(), today) > overdueDays) {
            reasons.add(VisitReason.ESCALATION);
        }
        return reasons;
    }
}
