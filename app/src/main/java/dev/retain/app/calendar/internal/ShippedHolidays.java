package dev.retain.app.calendar.internal;

import dev.retain.engine.calendar.PublicHolidays;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the holiday table from the engine's shipped table at every start: years not on file are
 * added, so a new release's newly announced year arrives by itself, and a year the admin set
 * stays as the admin set it. Idempotent, and safe when several instances start at once (the
 * table is locked while a year is added).
 */
@Component
class ShippedHolidays {

    private static final Logger log = LoggerFactory.getLogger(ShippedHolidays.class);

    private final HolidayAdministration administration;

    ShippedHolidays(HolidayAdministration administration) {
        this.administration = administration;
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        List<String> skipped = new ArrayList<>();
        List<HolidayChange> added = administration.seedShipped(PublicHolidays.official(), skipped);
        if (!added.isEmpty()) log.info("Public holidays: shipped years added to the table: {}", added.stream().map(HolidayChange::year).toList());
        for (String s : skipped) log.warn("Public holidays: the shipped year {} clashes with a year on file and was not added", s);
    }
}
