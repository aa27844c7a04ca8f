package dev.retain.engine.route;

/** A stop as planned: when the vehicle arrives, when service starts (after any wait) and when it ends. */
public record Visit(Stop stop, double arrival, double start, double end) {
}
