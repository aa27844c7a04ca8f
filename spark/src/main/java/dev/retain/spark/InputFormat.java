package dev.retain.spark;

/** How the province's exports arrive: the contract's CSV files, or the same columns in Parquet. */
public enum InputFormat {
    CSV, PARQUET;

    static InputFormat parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> CSV;
            case "parquet" -> PARQUET;
            default -> throw new IllegalArgumentException("--format must be csv or parquet, not '" + s + "'");
        };
    }
}
