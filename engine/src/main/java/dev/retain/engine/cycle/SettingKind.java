package dev.retain.engine.cycle;

/** How a setting's value is written, which decides how it is checked and put in canonical form. */
public enum SettingKind {
    /** CNY with at most two decimals, canonical with exactly two ("188.00"). */
    MONEY,
    /** A whole number ("300"). */
    WHOLE,
    /** A share of a whole, 0 to 1, with at most four decimals ("0.01" = 1 %). */
    SHARE,
    /** Brand codes, comma-separated, at least one; canonical in the brands' order ("gotone,mzone"). */
    BRANDS,
    /** A time-zone region such as {@code Asia/Shanghai}. */
    TIME_ZONE;

    /** A kind whose values are numbers, so a change can be measured against the old value. */
    public boolean numeric() {
        return this == MONEY || this == WHOLE || this == SHARE;
    }
}
