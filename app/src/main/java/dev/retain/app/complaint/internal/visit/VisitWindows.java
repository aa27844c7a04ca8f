package dev.retain.app.complaint.internal.visit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The windows a planner checked for a day ({@code complaint_visit_window}): only these are offered when booking. */
@Component
public class VisitWindows {

    private final JdbcClient jdbc;
    private final VisitSettings settings;
    private final Clock clock;

    VisitWindows(JdbcClient jdbc, VisitSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public List<VisitWindow> checked(LocalDate day) {
        return jdbc.sql("select starts, ends from complaint_visit_window where day = ? order by starts").param(day)
                .query((rs, i) -> new VisitWindow(rs.getObject("starts", LocalTime.class), rs.getObject("ends", LocalTime.class))).list();
    }

    /**
     * The day's checked windows become exactly {@code starts} (starts of windows from the settings; others
     * are ignored). Visits already booked keep their window: unchecking only stops new bookings in it.
     */
    @Transactional
    public void check(LocalDate day, Set<LocalTime> starts, String by) {
        jdbc.sql("delete from complaint_visit_window where day = ?").param(day).update();
        for (VisitWindow w : settings.offeredWindows()) {
            if (!starts.contains(w.starts())) continue;
            jdbc.sql("insert into complaint_visit_window (day, starts, ends, checked_by, checked_at) values (?, ?, ?, ?, ?)")
                    .params(day, w.starts(), w.ends(), by, Timestamp.from(clock.instant())).update();
        }
    }
}
