package dev.retain.engine.route;

/** A break (lunch) that must START between {@code earliestStart} and {@code latestStart} and lasts {@code duration}. */
public record Break(double earliestStart, double latestStart, double duration) {

    public Break {
        if (latestStart < earliestStart) throw new IllegalArgumentException("break: latestStart " + latestStart + " is before earliestStart " + earliestStart);
        if (duration < 0) throw new IllegalArgumentException("break: duration " + duration + " is negative");
    }
}
