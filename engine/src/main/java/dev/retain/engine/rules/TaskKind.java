package dev.retain.engine.rules;

/** What a task is for: keep a customer at risk, win back a lost one, lift one to a better zone, or care. */
public enum TaskKind {
    RETENTION, WINBACK, UPGRADE, CARE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
