package dev.retain.engine.value;

/** GoTone 全球通 (premium), M-Zone 动感地带, Easyown 神州行. */
public enum Brand {
    GOTONE, MZONE, EASYOWN;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** The contract's lower-case code, computed once: it is written for every row. */
    public String code() {
        return code;
    }

    public static Brand parse(String code) {
        return CodeLookup.of(Brand.class, code);
    }
}
