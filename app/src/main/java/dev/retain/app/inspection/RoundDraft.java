package dev.retain.app.inspection;

/** A new round as asked for: the branch, how many to draw, the minimum per stratum, a seed (null: a new one), a note. */
public record RoundDraft(String region, String branch, Integer sampleSize, Integer minPerStratum, Long seed, String note) {
}
