package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.ReportFormat;
import dev.retain.app.report.bulletin.ReportLanguage;
import dev.retain.app.report.bulletin.ReportPeriod;
import dev.retain.app.report.bulletin.StoredReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The report's table {@code report_file}: generated files, one per period, language and format. */
@Component
public class ReportFiles {

    private static final String COLUMNS = "id, kind, period, lang, format, bytes, created_at, created_by";

    private final JdbcClient jdbc;

    ReportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the file, replacing the one of the same period, language and format. */
    public StoredReport save(ReportPeriod period, ReportLanguage language, ReportFormat format, byte[] content, Instant at, String by) {
        long id = jdbc.sql("""
                        insert into report_file (kind, period, lang, format, content, bytes, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (kind, period, lang, format) do update
                          set content = excluded.content, bytes = excluded.bytes, created_at = excluded.created_at, created_by = excluded.created_by
                        returning id""")
                .params(period.kind().code(), period.code(), language.code(), format.code(), content, (long) content.length,
                        Timestamp.from(at), by)
                .query(Long.class).single();
        return new StoredReport(id, period, language, format, content.length, at, by);
    }

    public boolean exists(ReportPeriod period, ReportLanguage language, ReportFormat format) {
        return jdbc.sql("select exists (select 1 from report_file where kind = ? and period = ? and lang = ? and format = ?)")
                .params(period.kind().code(), period.code(), language.code(), format.code()).query(Boolean.class).single();
    }

    /** The newest files first. */
    public List<StoredReport> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from report_file order by period desc, kind, lang, format limit ?").param(limit)
                .query((rs, i) -> row(rs)).list();
    }

    public Optional<StoredReport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from report_file where id = ?").param(id).query((rs, i) -> row(rs)).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from report_file where id = ?").param(id).query(byte[].class).single();
    }

    private static StoredReport row(ResultSet rs) throws SQLException {
        ReportPeriod.Kind kind = ReportPeriod.Kind.ofCode(rs.getString("kind")).orElseThrow();
        String period = rs.getString("period");
        ReportPeriod p = (kind == ReportPeriod.Kind.MONTH ? ReportPeriod.parseMonth(period) : ReportPeriod.parseQuarter(period)).orElseThrow();
        return new StoredReport(rs.getLong("id"), p, ReportLanguage.ofCode(rs.getString("lang")).orElseThrow(),
                ReportFormat.ofCode(rs.getString("format")).orElseThrow(), rs.getLong("bytes"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
