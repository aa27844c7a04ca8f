package dev.retain.engine.complaint.evaluate;

/** A share as counts, so a page can show "29 / 50" beside 58 % and an empty group is not 0 %. */
public record Rate(int count, int of) {

    public Rate {
        if (count < 0 || of < 0 || count > of) throw new IllegalArgumentException("rate " + count + " of " + of);
    }

    public boolean known() {
        return of > 0;
    }

    /** The share in percent, rounded half up to a whole number as 003's table prints it; -1 when nothing was counted. */
    public int percent() {
        if (of == 0) return -1;
        return (int) ((200L * count + of) / (2L * of));
    }

    /** The share as a fraction (NaN when nothing was counted). */
    public double share() {
        return of == 0 ? Double.NaN : (double) count / of;
    }
}
