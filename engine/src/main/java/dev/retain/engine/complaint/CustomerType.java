package dev.retain.engine.complaint;

import java.util.Locale;

/** 003's five kinds of complainant; each has its response guidance (messages complaint.customerType.*). */
public enum CustomerType {
    GENERAL, REPEAT, PURPOSE_DRIVEN, AGITATED, LOYAL_DEMANDING;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static CustomerType ofCode(String code) {
        for (CustomerType t : values()) if (t.code.equals(code)) return t;
        throw new IllegalArgumentException("customerType: unknown customer type '" + code + "'");
    }
}
