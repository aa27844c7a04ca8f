package dev.retain.engine.complaint;

import java.util.Map;

/**
 * The filter's verdict: the total score 0..100, each principle's contribution in points of that total
 * (the handler sees why), and the placement.
 */
public record FilterResult(double score, Map<Principle, Double> contributions, Placement placement) {

    public FilterResult {
        contributions = Map.copyOf(contributions);
    }
}
