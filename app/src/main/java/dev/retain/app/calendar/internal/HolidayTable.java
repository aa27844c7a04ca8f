package dev.retain.app.calendar.internal;

import dev.retain.app.calendar.HolidayKind;
import dev.retain.app.calendar.HolidaySource;
import dev.retain.app.calendar.HolidayYear;
import dev.retain.app.calendar.PublicHolidayDay;
import dev.retain.engine.calendar.HolidayDay;
import dev.retain.engine.calendar.PublicHoliday;
import dev.retain.engine.calendar.PublicHolidays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code public_holiday} table: reads for {@code WorkingDays}, and a year replaced whole for {@link HolidayAdministration}. */
@Component
public class HolidayTable {

    private static final String COLUMNS = "date, year, kind, holiday, name_zh, name_en, source, changed_by, changed_at";

    private final JdbcClient jdbc;

    HolidayTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<HolidayKind> kindOf(LocalDate date) {
        return jdbc.sql("select kind from public_holiday where date = ?").param(date).query(String.class).optional()
                .map(k -> HolidayKind.valueOf(k.toUpperCase(Locale.ROOT)));
    }

    public List<PublicHolidayDay> daysOf(int year) {
        return jdbc.sql("select " + COLUMNS + " from public_holiday where year = ? order by date").param(year).query(HolidayTable::day).list();
    }

    public boolean hasYear(int year) {
        return jdbc.sql("select exists (select 1 from public_holiday where year = ?)").param(year).query(Boolean.class).single();
    }

    public List<HolidayYear> years() {
        // a year is written whole, so its rows share source, author and time
        return jdbc.sql("""
                        select year, count(*) filter (where kind = 'holiday'), count(*) filter (where kind = 'workday'),
                               min(source), min(changed_by), max(changed_at)
                        from public_holiday group by year order by year""")
                .query((rs, i) -> new HolidayYear(rs.getInt(1), rs.getInt(2), rs.getInt(3), HolidaySource.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Every listed day as the engine's calendar. */
    public PublicHolidays calendar() {
        return PublicHolidays.of(jdbc.sql("select year, date, kind, holiday from public_holiday")
                .query((rs, i) -> new HolidayDay(rs.getInt(1), rs.getObject(2, LocalDate.class), "workday".equals(rs.getString(3)),
                        PublicHoliday.parse(rs.getString(4))))
                .list());
    }

    /** Serialises changes of the table across instances until the transaction ends (reads go on). */
    void lockForChange() {
        jdbc.sql("lock table public_holiday in share row exclusive mode").update();
    }

    /** Replaces a year's rows with {@code days}, in the caller's transaction. */
    void replaceYear(int year, List<HolidayDay> days, HolidaySource source, String by, Instant at) {
        jdbc.sql("delete from public_holiday where year = ?").param(year).update();
        for (HolidayDay d : days) {
            jdbc.sql("insert into public_holiday (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(d.date(), d.year(), d.workday() ? HolidayKind.WORKDAY.code() : HolidayKind.HOLIDAY.code(), d.holiday().code(),
                            HolidayNames.zh(d.holiday()), HolidayNames.en(d.holiday()), source.code(), by, Timestamp.from(at))
                    .update();
        }
    }

    private static PublicHolidayDay day(ResultSet rs, int row) throws SQLException {
        return new PublicHolidayDay(rs.getObject(1, LocalDate.class), rs.getInt(2), HolidayKind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                rs.getString(4), rs.getString(5), rs.getString(6), HolidaySource.valueOf(rs.getString(7).toUpperCase(Locale.ROOT)),
                rs.getString(8), rs.getTimestamp(9).toInstant());
    }
}
