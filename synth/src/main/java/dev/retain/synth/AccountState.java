package dev.retain.synth;

/** Account state at month end, in the order an account passes through them on its way out. */
enum AccountState {
    ACTIVE("active"),
    SUSPENDED("suspended"),
    PRECANCEL("precancel"),
    CANCELLED("cancelled");

    final String code;

    AccountState(String code) {
        this.code = code;
    }
}
