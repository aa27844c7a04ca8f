package dev.retain.app.complaint.internal.visit;

import java.time.LocalTime;

/** An appointment window: the visit starts between {@code starts} and {@code ends}. */
public record VisitWindow(LocalTime starts, LocalTime ends) {

    public VisitWindow {
        if (!ends.isAfter(starts)) throw new IllegalArgumentException("a window ends after it starts: " + starts + "-" + ends);
    }

    public String label() {
        return starts + "–" + ends;
    }
}
