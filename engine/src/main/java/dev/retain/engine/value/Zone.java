package dev.retain.engine.value;

/** The five zones of SPEC R2.2, plus NONE (not in the programme, or gone). */
public enum Zone {
    BLUE("蓝色安全区"), GREEN("绿色稳定区"), YELLOW("黄色异动区"), RED("红色危险区"), WHITE("白色流失区"), NONE("不在保有范围");

    private final String chineseName;
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    Zone(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The contract's lower-case code, computed once: it is written for every row. */
    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Zone parse(String code) {
        return CodeLookup.of(Zone.class, code);
    }
}
