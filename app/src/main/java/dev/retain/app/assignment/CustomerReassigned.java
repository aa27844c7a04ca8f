package dev.retain.app.assignment;

/**
 * Published, inside the reassigning transaction, for every customer whose manager changed by
 * hand (R3.3). {@code toManagerId} is null when a departing manager's customer found no room
 * and is left unassigned.
 */
public record CustomerReassigned(String msisdn, String fromManagerId, String toManagerId) {
}
