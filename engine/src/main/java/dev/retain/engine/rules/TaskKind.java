package dev.retain.engine.rules;

/** What a task is for: keep a customer at risk, win back a lost one, lift one to a better zone, or care. */
public enum TaskKind {
    RETENTION, WINBACK, UPGRADE, CARE;

    private static final String[] CODES = java.util.Arrays.stream(values()).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    public String code() {
        return CODES[ordinal()];
    }
}
