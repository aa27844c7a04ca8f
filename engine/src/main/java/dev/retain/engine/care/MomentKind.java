package dev.retain.engine.care;

import java.util.Arrays;
import java.util.Locale;

/** The key moments of SPEC R6.2, R6.4 and R6.5 that the care calendar finds due. */
public enum MomentKind {
    /** The customer's birthday, solar or lunar (calendar.Birthdays gives the rules). */
    BIRTHDAY,
    /** One of the seven festivals of the official table. */
    FESTIVAL,
    /** Loyalty points about to be cleared (积分清零) on the subscriber's points_expiry. */
    POINTS_EXPIRY,
    /** The contract (commitment) ending on contract_end. */
    CONTRACT_EXPIRY,
    /** The latest month's state turned to precancel (预销户, which follows unpaid arrears): pay to keep the number. */
    PAYMENT_DUE,
    /** The latest month's state turned to suspended (停机关怀). */
    SUSPENSION,
    /** No contact for the tier's number of days (and again after each further such period). */
    NO_CONTACT,
    /** A region-wide event a supervisor started (a typhoon, an outage). */
    REGION_EVENT;

    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@code points-expiry} and the like: the playbook's moment column and the first part of a moment id. */
    public String code() {
        return code;
    }

    public static MomentKind parse(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown moment '" + code + "'"));
    }
}
