package dev.retain.engine.grade;

/**
 * The eight customer classes of the RFM model as Chinese operators' analysts use them (重要价值客户 …
 * 一般挽留客户): each of R, F and M is high (score 4 or 5, the top two fifths) or low, and the eight
 * combinations name what to do. "Important" customers have a high M; the word after says what R and F
 * add: value (both high), development (recent but infrequent), keep (frequent but not recent — slipping
 * away), retain (neither).
 */
public enum ValueGrade {
    IMPORTANT_VALUE("important_value"),
    IMPORTANT_DEVELOPMENT("important_development"),
    IMPORTANT_KEEP("important_keep"),
    IMPORTANT_RETAIN("important_retain"),
    GENERAL_VALUE("general_value"),
    GENERAL_DEVELOPMENT("general_development"),
    GENERAL_KEEP("general_keep"),
    GENERAL_RETAIN("general_retain");

    /** The lowest score that counts as high. */
    public static final int HIGH = 4;

    private final String code;

    ValueGrade(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The class of scores r, f, m (each 1–5). */
    public static ValueGrade of(int r, int f, int m) {
        boolean hr = r >= HIGH;
        boolean hf = f >= HIGH;
        boolean hm = m >= HIGH;
        if (hm) return hr ? (hf ? IMPORTANT_VALUE : IMPORTANT_DEVELOPMENT) : (hf ? IMPORTANT_KEEP : IMPORTANT_RETAIN);
        return hr ? (hf ? GENERAL_VALUE : GENERAL_DEVELOPMENT) : (hf ? GENERAL_KEEP : GENERAL_RETAIN);
    }

    public static ValueGrade parse(String code) {
        for (ValueGrade g : values()) if (g.code.equals(code)) return g;
        throw new IllegalArgumentException("unknown value grade '" + code + "'");
    }
}
