package dev.retain.engine.value;

/** 客户经理 (visits, enterprise and top-tier customers) and 电话经理 (serves by phone). */
public enum ManagerRole {
    CUSTOMER_MANAGER, PHONE_MANAGER;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** The contract's lower-case code, computed once: it is written for every row. */
    public String code() {
        return code;
    }

    public static ManagerRole parse(String code) {
        return CodeLookup.of(ManagerRole.class, code);
    }
}
