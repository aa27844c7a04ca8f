package dev.retain.app.report.bulletin;

import dev.retain.app.report.bulletin.internal.ReportExports;
import dev.retain.app.report.bulletin.internal.ReportFiles;
import dev.retain.app.segment.Segments;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly report and the quarterly bulletin (R12.2): built from every {@link ReportSection} bean in its order,
 * exported as PDF or spreadsheet, and kept in {@code report_file} when generated (by the schedule or on demand) so that
 * every instance serves the same file.
 */
@Service
public class Bulletins {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Bulletins.class);

    /** The page lists this many generated files. */
    public static final int LISTED = 200;

    private final ObjectProvider<ReportSection> sections;
    private final MessageSource messages;
    private final ReportExports exports;
    private final ReportFiles files;
    private final Segments segments;
    private final Clock clock;

    Bulletins(ObjectProvider<ReportSection> sections, MessageSource messages, ReportExports exports, ReportFiles files,
              Segments segments, Clock clock) {
        this.segments = segments;
        this.sections = sections;
        this.messages = messages;
        this.exports = exports;
        this.files = files;
        this.clock = clock;
    }

    /** The sections in their order. */
    public List<ReportSection> sections() {
        return sections.orderedStream().sorted(Comparator.comparingInt(ReportSection::order).thenComparing(ReportSection::id)).toList();
    }

    @Transactional(readOnly = true)
    public BulletinReport build(ReportPeriod period, ReportLanguage language) {
        ReportWords words = new ReportWords(messages, language.locale());
        List<SectionContent> contents = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        StringBuilder timings = new StringBuilder();
        long start = System.nanoTime();
        for (ReportSection section : sections()) {
            long t0 = System.nanoTime();
            SectionContent content = section.content(period, words);
            timings.append(' ').append(section.id()).append(' ').append((System.nanoTime() - t0) / 1_000_000);
            contents.add(content);
            summary.addAll(content.sentences());
        }
        // which section costs what, for an operator whose report is slow (docs/performance.md)
        log.info("report {} ({}) built in {} ms; per section, ms:{}", period.code(), language.code(), (System.nanoTime() - start) / 1_000_000,
                timings);
        String title = period.isQuarter()
                ? words.get("report.bulletin.title.quarterly", period.year(), period.number())
                : words.get("report.bulletin.title.monthly", period.year(), period.number());
        return new BulletinReport(period, language.locale(), title, summary, contents, clock.instant());
    }

    public byte[] export(BulletinReport report, ReportFormat format) {
        return exports.write(report, format);
    }

    /**
     * Builds, exports and keeps the file (replacing an earlier one of the same period, language and format); one
     * transaction, so the build's figures read one snapshot and count a month's zones once.
     */
    @Transactional
    public GeneratedReport generate(ReportPeriod period, ReportLanguage language, ReportFormat format, String by) {
        byte[] content = export(build(period, language), format);
        StoredReport stored = files.save(period, language, format, content, clock.instant(), by);
        return new GeneratedReport(stored, content);
    }

    /** A file just generated, with its bytes. */
    public record GeneratedReport(StoredReport stored, byte[] content) {
    }

    /** The newest cycle months with segments, newest first: the months a report can be asked for. */
    public List<YearMonth> recentMonths(int limit) {
        return segments.months().stream().limit(limit).toList();
    }

    public boolean isStored(ReportPeriod period, ReportLanguage language, ReportFormat format) {
        return files.exists(period, language, format);
    }

    public List<StoredReport> stored() {
        return files.newest(LISTED);
    }

    public Optional<StoredReport> storedFile(long id) {
        return files.find(id);
    }

    public byte[] content(StoredReport file) {
        return files.content(file.id());
    }

}
