package dev.retain.app.loyalty;

/** A spend of more points than the subscriber can use: nothing was spent. */
public class InsufficientPoints extends RuntimeException {

    private final long balance;
    private final long requested;

    public InsufficientPoints(long balance, long requested) {
        super("insufficient points: " + requested + " requested, " + balance + " usable");
        this.balance = balance;
        this.requested = requested;
    }

    /** The usable balance when the spend was refused. */
    public long balance() {
        return balance;
    }

    public long requested() {
        return requested;
    }
}
