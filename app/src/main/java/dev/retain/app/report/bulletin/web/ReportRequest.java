package dev.retain.app.report.bulletin.web;

import dev.retain.app.report.bulletin.ReportFormat;
import dev.retain.app.report.bulletin.ReportLanguage;
import dev.retain.app.report.bulletin.ReportPeriod;

/**
 * A download asked for by the API or the page, its parameters checked: a bad one is refused naming the field and
 * what it must be (the API answers 400 with a problem, the page its error page).
 */
record ReportRequest(ReportPeriod period, ReportFormat format, ReportLanguage language) {

    /** A parameter that is not what it must be. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }

    static ReportRequest monthly(String month, String format, String lang) {
        ReportPeriod period = ReportPeriod.parseMonth(month)
                .orElseThrow(() -> new BadParameter("month must be YYYY-MM (a month 01 to 12), not '" + month + "'"));
        return new ReportRequest(period, format(format), language(lang));
    }

    static ReportRequest quarterly(String quarter, String format, String lang) {
        ReportPeriod period = ReportPeriod.parseQuarter(quarter)
                .orElseThrow(() -> new BadParameter("quarter must be YYYY-Qn (n 1 to 4), not '" + quarter + "'"));
        return new ReportRequest(period, format(format), language(lang));
    }

    static ReportRequest of(String kind, String period, String format, String lang) {
        return switch (ReportPeriod.Kind.ofCode(kind).orElseThrow(() -> new BadParameter("kind must be monthly or quarterly, not '" + kind + "'"))) {
            case MONTH -> monthly(period, format, lang);
            case QUARTER -> quarterly(period, format, lang);
        };
    }

    private static ReportFormat format(String format) {
        return ReportFormat.ofCode(format).orElseThrow(() -> new BadParameter("format must be pdf or xlsx, not '" + format + "'"));
    }

    private static ReportLanguage language(String lang) {
        return ReportLanguage.ofCode(lang).orElseThrow(() -> new BadParameter("lang must be zh-CN or en, not '" + lang + "'"));
    }
}
