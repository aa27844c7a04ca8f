package dev.retain.app.workorder.internal;

import dev.retain.app.calendar.WorkingDays;
import dev.retain.engine.workhours.DailyHours;
import dev.retain.engine.workhours.WorkingTimeCalendar;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The time limits the admin edits (work_time_limit, business minutes per category and priority: the
 * most specific row wins) and the working hours per region (work_hours, '*' for the rest), joined with
 * the public-holiday table into the engine's {@link WorkingTimeCalendar}.
 */
@Component
public class TimeLimits {

    /** A limit and how far ahead of it to warn, in business minutes. */
    public record Limit(int limitMinutes, int warnMinutes) {
    }

    public record LimitRow(long id, String category, String priority, int limitMinutes, int warnMinutes) {
    }

    public record HoursRow(String region, String hours) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;

    TimeLimits(JdbcClient jdbc, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Exact category and priority, then the category for any priority, then the priority for any category, then the default. */
    public Limit limitFor(String category, String priority) {
        return jdbc.sql("""
                        select limit_minutes, warn_minutes from work_time_limit
                        where (category = ? or category is null) and (priority = ? or priority is null)
                        order by (category is not null) desc, (priority is not null) desc limit 1""")
                .params(category, priority).query((rs, i) -> new Limit(rs.getInt(1), rs.getInt(2))).optional()
                .orElse(new Limit(960, 120));
    }

    public WorkingTimeCalendar calendarFor(String region) {
        return new WorkingTimeCalendar(clock.getZone(), hoursFor(region), workingDays.calendar());
    }

    public DailyHours hoursFor(String region) {
        return jdbc.sql("select hours from work_hours where region = ? or region = '*' order by (region = '*') limit 1")
                .param(region == null ? "*" : region).query(String.class).optional().map(DailyHours::parse)
                .orElseGet(DailyHours::standard);
    }

    public List<LimitRow> limits() {
        return jdbc.sql("select id, category, priority, limit_minutes, warn_minutes from work_time_limit order by category nulls first, priority nulls first")
                .query((rs, i) -> new LimitRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5))).list();
    }

    public List<HoursRow> hours() {
        return jdbc.sql("select region, hours from work_hours order by region").query((rs, i) -> new HoursRow(rs.getString(1), rs.getString(2))).list();
    }

    /** Sets the limit of a category and priority (either blank: any); open orders keep theirs until their priority changes. */
    public void saveLimit(String category, String priority, int limitMinutes, int warnMinutes) {
        if (limitMinutes <= 0) throw new IllegalArgumentException("limit_minutes: more than 0, not " + limitMinutes);
        if (warnMinutes < 0) throw new IllegalArgumentException("warn_minutes: 0 or more, not " + warnMinutes);
        String c = category == null || category.isBlank() ? null : category.trim();
        String p = priority == null || priority.isBlank() ? null : priority.trim();
        if (p != null && !dev.retain.app.workorder.WorkOrderStates.PRIORITIES.contains(p)) {
            throw new IllegalArgumentException("priority: one of " + dev.retain.app.workorder.WorkOrderStates.PRIORITIES + ", not '" + p + "'");
        }
        jdbc.sql("delete from work_time_limit where coalesce(category, '') = coalesce(?, '') and coalesce(priority, '') = coalesce(?, '')")
                .params(c, p).update();
        jdbc.sql("insert into work_time_limit (category, priority, limit_minutes, warn_minutes) values (?, ?, ?, ?)")
                .params(c, p, limitMinutes, warnMinutes).update();
    }

    /** Sets a region's daily hours ('*': the rest); the text is checked by the engine before anything is written. */
    public void saveHours(String region, String hours) {
        String r = region == null || region.isBlank() ? "*" : region.trim();
        DailyHours parsed;
        try {
            parsed = DailyHours.parse(hours);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hours: " + e.getMessage());
        }
        jdbc.sql("insert into work_hours (region, hours) values (?, ?) on conflict (region) do update set hours = excluded.hours")
                .params(r, parsed.toString()).update();
    }
}
