package dev.retain.app.report.bulletin;

import java.time.Instant;

/** A generated report file kept in the database (without its bytes): by the schedule, or on demand. */
public record StoredReport(long id, ReportPeriod period, ReportLanguage language, ReportFormat format, long bytes,
                           Instant createdAt, String createdBy) {

    /** The file's name as downloaded and audited: retain-monthly-2086-04-zh-CN.pdf. */
    public String fileName() {
        return fileName(period, language, format);
    }

    public static String fileName(ReportPeriod period, ReportLanguage language, ReportFormat format) {
        return "retain-" + period.kind().code() + "-" + period.code() + "-" + language.code() + "." + format.code();
    }
}
