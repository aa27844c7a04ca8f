package dev.retain.engine.churn;

/**
 * The province's usage does not go back far enough to train the churn model. The cycle
 * then scores with the zones' base rates and says why; any other failure stops the cycle.
 */
public final class ShortHistoryException extends RuntimeException {

    public ShortHistoryException(String message) {
        super(message);
    }
}
