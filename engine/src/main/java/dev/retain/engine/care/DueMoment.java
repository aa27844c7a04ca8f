package dev.retain.engine.care;

import java.time.LocalDate;

/**
 * A key moment due for a subscriber. {@code id} is stable per subscriber and occurrence
 * ({@code birthday:2027}, {@code birthday:lunar-2026}, {@code festival:spring:2027},
 * {@code points-expiry:2027-06-30}, {@code contract-expiry:2027-03-31}, {@code payment-due:2027-03},
 * {@code suspension:2027-03}, {@code no-contact:2027-05-01}, {@code region-event:<id>}): the caller
 * stores (subscriber, id) once, so running a day again creates nothing twice.
 * {@code occasion} is the festival's code or the region event's reason (else null).
 */
public record DueMoment(MomentKind kind, String id, LocalDate occursOn, String occasion, CareAction action) {
}
