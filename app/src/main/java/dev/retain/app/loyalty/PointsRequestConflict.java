package dev.retain.app.loyalty;

/**
 * A client key that already names another change (another subscriber, kind or number of points, or for a reversal
 * another redemption), or a second reversal of one redemption: nothing was changed.
 */
public class PointsRequestConflict extends RuntimeException {

    public PointsRequestConflict(String message) {
        super(message);
    }
}
