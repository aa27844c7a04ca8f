package dev.retain.app.workorder.internal;

import dev.retain.app.calendar.HolidayYearChanged;
import dev.retain.app.workorder.WorkOrders;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A year's holidays added or corrected: running orders whose deadline falls in that year or later, or was
 * provisional (counted on weekends only for want of the year), get their deadline again (SPEC R8.3: the
 * admin extends the table each year). Durable: a restart delivers a change not yet applied.
 */
@Component
class HolidayRetiming {

    private static final Logger log = LoggerFactory.getLogger(HolidayRetiming.class);

    private final WorkOrders orders;
    private final Clock clock;

    HolidayRetiming(WorkOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HolidayYearChanged changed) {
        // the break of a year's notice may begin in the December before it (New Year)
        int retimed = orders.rederiveDeadlines(LocalDate.of(changed.year() - 1, 12, 1).atStartOfDay(clock.getZone()).toInstant());
        if (retimed > 0) log.info("holidays of {} changed: {} running work orders re-timed", changed.year(), retimed);
    }
}
