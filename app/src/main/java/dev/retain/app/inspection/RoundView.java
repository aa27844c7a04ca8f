package dev.retain.app.inspection;

import java.time.LocalDateTime;

/** A round as the pages list it: what was asked, how many were drawn and how many inspected so far. */
public record RoundView(long id, String region, String branch, long seed, int sampleSize, int minPerStratum, int population,
                        int drawn, int inspected, String note, String drawnBy, LocalDateTime drawnAt) {
}
