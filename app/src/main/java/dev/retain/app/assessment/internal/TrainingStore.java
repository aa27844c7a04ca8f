package dev.retain.app.assessment.internal;

import dev.retain.app.assessment.TrainingDraft.Checked;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The assessment's own table {@code training_record}: the only place that writes it. */
@Component
public class TrainingStore {

    private static final String COLUMNS = "id, manager_id, course, taken_on, result, score, hours, note, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored row, without the manager's name (the caller adds it). */
    public record Row(long id, String managerId, String course, LocalDate takenOn, String result, BigDecimal score, BigDecimal hours,
                      String note, String recordedBy, Instant recordedAt) {
    }

    public long add(Checked c, String by, Instant at) {
        return jdbc.sql("""
                        insert into training_record (manager_id, course, taken_on, result, score, hours, note, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.managerId(), c.course(), Date.valueOf(c.takenOn()), c.result(), c.score(), c.hours(), c.note(), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public boolean update(long id, Checked c, String by, Instant at) {
        return jdbc.sql("""
                        update training_record set manager_id = ?, course = ?, taken_on = ?, result = ?, score = ?, hours = ?, note = ?,
                               updated_by = ?, updated_at = ? where id = ?""")
                .params(c.managerId(), c.course(), Date.valueOf(c.takenOn()), c.result(), c.score(), c.hours(), c.note(), by, Timestamp.from(at), id)
                .update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from training_record where id = ?").param(id).update() == 1;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from training_record where id = ?").param(id).query(TrainingStore::row).optional();
    }

    /** Records taken from {@code from} to {@code to} (both included), optionally of one manager, newest first. */
    public List<Row> between(LocalDate from, LocalDate to, String managerId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from training_record where taken_on between ? and ? and (cast(? as text) is null or manager_id = ?)"
                        + " order by taken_on desc, id desc limit ?")
                .params(Date.valueOf(from), Date.valueOf(to), managerId, managerId, limit).query(TrainingStore::row).list();
    }

    /** Per manager: courses taken and hours in the period. */
    public record Summary(long courses, BigDecimal hours) {
    }

    public Map<String, Summary> summaries(LocalDate from, LocalDate to) {
        Map<String, Summary> out = new HashMap<>();
        jdbc.sql("select manager_id, count(*), sum(hours) from training_record where taken_on between ? and ? group by manager_id")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    out.put(rs.getString(1), new Summary(rs.getLong(2), rs.getBigDecimal(3)));
                });
        return out;
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBigDecimal(6),
                rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant());
    }
}
