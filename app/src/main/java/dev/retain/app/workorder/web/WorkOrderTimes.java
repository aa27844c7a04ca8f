package dev.retain.app.workorder.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Instants as the province reads them on the work-order pages ({@code @workOrderTimes.shown(t)}): local time in the business zone. */
@Component
class WorkOrderTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Clock clock;

    WorkOrderTimes(Clock clock) {
        this.clock = clock;
    }

    public String shown(Instant at) {
        return at == null ? "—" : SHOWN.format(at.atZone(clock.getZone()));
    }
}
