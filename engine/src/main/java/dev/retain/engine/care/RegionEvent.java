package dev.retain.engine.care;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A region-wide event a supervisor started (a typhoon, an outage): every subscriber of
 * {@code region} gets the region-event moment once, prepared before {@code startsOn} by the lead
 * days or, when announced later than that, on {@code announcedOn}; not after {@code endsOn}.
 */
public record RegionEvent(String id, String region, LocalDate startsOn, LocalDate endsOn, String reason, LocalDate announcedOn) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public RegionEvent {
        if (id == null || !ID.matcher(id).matches()) throw new IllegalArgumentException("a region event's id is letters, digits, '.', '-', '_': '" + id + "'");
        if (region == null || region.isBlank()) throw new IllegalArgumentException("a region event needs a region");
        if (endsOn.isBefore(startsOn)) throw new IllegalArgumentException("the event " + id + " ends before it starts");
        if (announcedOn == null) announcedOn = startsOn;
    }
}
