package dev.retain.engine.value;

/** The five zones of SPEC R2.2, plus NONE (not in the programme, or gone). */
public enum Zone {
    /** 蓝色安全区 */ BLUE,
    /** 绿色稳定区 */ GREEN,
    /** 黄色异动区 */ YELLOW,
    /** 红色危险区 */ RED,
    /** 白色流失区 */ WHITE,
    /** 不在保有范围 */ NONE;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** The contract's lower-case code, computed once: it is written for every row. */
    public String code() {
        return code;
    }
}
