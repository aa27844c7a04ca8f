package dev.retain.engine.model;

/** Account state at month end: the states that precede churn come after ACTIVE. */
public enum AccountState {
    ACTIVE, SUSPENDED, PRECANCEL, CANCELLED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AccountState parse(String code) {
        return CodeLookup.of(AccountState.class, code);
    }
}
