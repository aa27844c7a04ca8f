package dev.retain.app.report.bulletin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a report is written in: Chinese (the default) and English. */
public enum ReportLanguage {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE), EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    ReportLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** As in the {@code lang} parameter and the stored row: zh-CN, en. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<ReportLanguage> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }
}
