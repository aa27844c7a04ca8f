package dev.retain.app.assignment;

/** One customer moved from one manager to another (either may be null: unassigned). */
public record Reassignment(String msisdn, String fromManagerId, String toManagerId) {
}
