package dev.retain.engine.model;

/** 客户经理 (visits, enterprise and top-tier customers) and 电话经理 (serves by phone). */
public enum ManagerRole {
    CUSTOMER_MANAGER, PHONE_MANAGER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ManagerRole parse(String code) {
        return CodeLookup.of(ManagerRole.class, code);
    }
}
