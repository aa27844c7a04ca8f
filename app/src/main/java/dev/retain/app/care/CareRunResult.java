package dev.retain.app.care;

import java.time.LocalDate;
import java.util.List;

/**
 * What one care run did: the days it prepared ({@code firstPrepared} to {@code day}), the
 * subscribers it read, the moments the engine found due and how many of them were new, the
 * messages queued, the tasks opened, the messages refused, and the engine's notes.
 */
public record CareRunResult(LocalDate day, LocalDate firstPrepared, int subscribers, int momentsDue, int momentsNew, int messages,
                            int tasks, int refused, List<String> notes) {
}
