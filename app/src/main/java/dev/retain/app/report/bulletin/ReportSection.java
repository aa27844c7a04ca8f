package dev.retain.app.report.bulletin;

/**
 * One section of the monthly report and the quarterly bulletin (the SPI of R12.2). Declare an implementation as a
 * bean and every report, export and page shows it, in {@link #order()} (the report's own sections use 10, 20 … 100;
 * pick a number in between to place yours). {@link #content} must read aggregates (a report on a 1M-subscriber
 * database builds in well under 2 s) and return its text in {@code words}' language; it is called for a month and for
 * a quarter ({@link ReportPeriod#isQuarter()}): show the quarter's months and its total. For a section that is a few
 * monthly figures, extend {@link TrendSection}.
 */
public interface ReportSection {

    /** A short stable name: letters, digits and dashes (used for the sheet and in logs). */
    String id();

    /** Where the section goes: lower first. */
    int order();

    /** The message key of the section's title: the report's heading and the reports page's list of sections. */
    String titleKey();

    SectionContent content(ReportPeriod period, ReportWords words);
}
