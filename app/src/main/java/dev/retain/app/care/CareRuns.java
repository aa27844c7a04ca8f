package dev.retain.app.care;

import dev.retain.app.care.internal.CareRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The daily care run (issue 11 point 7): the schedule runs it early each business day, start-up
 * catches up a day not yet run, and supervisors and admins may run a day now. Running a day again
 * creates nothing twice.
 */
@Service
public class CareRuns {

    private final CareRunner runner;
    private final Clock clock;

    CareRuns(CareRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** Runs {@code day} now; empty when a run is already going on (in any instance). */
    public Optional<CareRunResult> run(LocalDate day, String by) {
        return runner.run(day, by);
    }

    /** Runs today (the business date). */
    public Optional<CareRunResult> runToday(String by) {
        return run(LocalDate.now(clock), by);
    }
}
