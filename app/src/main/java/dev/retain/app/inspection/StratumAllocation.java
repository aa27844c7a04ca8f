package dev.retain.app.inspection;

/** A stratum of a round as drawn: its size in the branch and how many were drawn from it. */
public record StratumAllocation(String tier, String zone, int size, int drawn) {
}
