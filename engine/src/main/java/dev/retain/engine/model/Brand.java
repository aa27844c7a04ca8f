package dev.retain.engine.model;

/** GoTone 全球通 (premium), M-Zone 动感地带, Easyown 神州行. */
public enum Brand {
    GOTONE, MZONE, EASYOWN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Brand parse(String code) {
        return CodeLookup.of(Brand.class, code);
    }
}
