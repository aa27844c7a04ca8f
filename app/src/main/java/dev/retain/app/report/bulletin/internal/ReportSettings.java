package dev.retain.app.report.bulletin.internal;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the monthly report and the quarterly bulletin are generated (docs/settings.md). Every day at {@code at}
 * (business time zone) the schedule reports on the newest cycle month whose cycle succeeded, once; with
 * {@code monthlyDay} 1–28, also on that day of each month for the month before, cycle or not (0: only after the cycle).
 * A quarter's bulletin follows its last month's report. {@code enabled=false}: on demand only.
 */
@ConfigurationProperties("retain.reports")
public record ReportSettings(@DefaultValue("true") boolean enabled, @DefaultValue("06:30") LocalTime at,
                             @DefaultValue("0") int monthlyDay) {

    public ReportSettings {
        if (monthlyDay < 0 || monthlyDay > 28) {
            throw new IllegalArgumentException("retain.reports.monthly-day must be 0 (after the cycle only) or a day 1 to 28, was " + monthlyDay);
        }
    }
}
