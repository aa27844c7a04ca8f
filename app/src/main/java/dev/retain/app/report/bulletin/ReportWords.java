package dev.retain.app.report.bulletin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The words and number formats of one report's language, for sections: messages from the application's bundles
 * (a missing key shows as the key, so a gap is visible rather than silent), and numbers formatted the same way in
 * every section.
 */
public final class ReportWords {

    private final MessageSource messages;
    private final Locale locale;

    public ReportWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A whole number with grouping: 12,345. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** One decimal: 96.2 (a share in percent, a score). */
    public String decimal(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
