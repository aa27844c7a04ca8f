package dev.retain.app.loyalty;

import java.time.LocalDate;

/**
 * Points granted together ({@code source}: tenure, campaign, adjustment or opening), usable up to and including
 * {@code expiresOn}; {@code remaining} of the {@code points} granted are left.
 */
public record PointsLot(long id, String source, LocalDate openedOn, LocalDate expiresOn, long points, long remaining) {
}
