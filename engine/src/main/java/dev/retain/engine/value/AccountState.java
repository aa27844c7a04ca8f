package dev.retain.engine.value;

/** Account state at month end: the states that precede churn come after ACTIVE. */
public enum AccountState {
    ACTIVE, SUSPENDED, PRECANCEL, CANCELLED;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** The contract's lower-case code, computed once: it is written for every row. */
    public String code() {
        return code;
    }

    public static AccountState parse(String code) {
        return CodeLookup.of(AccountState.class, code);
    }
}
