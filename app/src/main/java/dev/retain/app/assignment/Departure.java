package dev.retain.app.assignment;

import java.util.List;

/**
 * What became of a departing manager's customers: those moved to colleagues of the same
 * role and region, and those left unassigned because nobody had room.
 */
public record Departure(String managerId, List<Reassignment> moved, List<String> unassigned) {
}
