package dev.retain.app.report.bulletin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A monthly report or quarterly bulletin as built: its title, the summary (every section's generated sentences, the
 * bulletin's lead) and the sections in their order, in one language.
 */
public record BulletinReport(ReportPeriod period, Locale locale, String title, List<String> summary,
                             List<SectionContent> sections, Instant builtAt) {

    public BulletinReport {
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
    }
}
