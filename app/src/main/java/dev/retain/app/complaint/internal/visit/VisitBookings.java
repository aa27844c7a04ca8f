package dev.retain.app.complaint.internal.visit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Visits agreed with customers ({@code complaint_visit_booking}): one per customer a day. */
@Component
public class VisitBookings {

    /** A booked visit; {@code reasons} are 003's criteria codes, comma-separated. */
    public record Booking(long id, LocalDate day, String msisdn, long complaintId, VisitWindow window, String reasons, String bookedBy) {

        public List<String> reasonCodes() {
            return List.of(reasons.split(","));
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    VisitBookings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Books the visit; false when the customer already has one that day (the first stays). */
    boolean book(LocalDate day, String msisdn, long complaintId, VisitWindow window, String reasons, String by) {
        return jdbc.sql("""
                        insert into complaint_visit_booking (day, msisdn, complaint_id, window_starts, window_ends, reasons, booked_by, booked_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (day, msisdn) do nothing""")
                .params(day, msisdn, complaintId, window.starts(), window.ends(), reasons, by, Timestamp.from(clock.instant()))
                .update() == 1;
    }

    public List<Booking> ofDay(LocalDate day) {
        return jdbc.sql("""
                        select id, day, msisdn, complaint_id, window_starts, window_ends, reasons, booked_by
                        from complaint_visit_booking where day = ? order by window_starts, id""")
                .param(day)
                .query((rs, i) -> new Booking(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getString("msisdn"),
                        rs.getLong("complaint_id"), new VisitWindow(rs.getObject("window_starts", LocalTime.class),
                        rs.getObject("window_ends", LocalTime.class)), rs.getString("reasons"), rs.getString("booked_by")))
                .list();
    }
}
