package dev.retain.engine.visit;

/** A visit in a visitor's route: order from 1, arrival, start, end and the travel to it from the previous place (minutes). */
public record PlannedVisit(String visitId, int seq, double arrival, double start, double end, double travelMinutes) {
}
