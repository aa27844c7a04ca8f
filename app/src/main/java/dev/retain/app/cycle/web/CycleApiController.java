package dev.retain.app.cycle.web;

import dev.retain.app.security.ApiScope;
import dev.retain.app.security.Scope;
import dev.retain.app.cycle.CycleRun;
import dev.retain.app.cycle.CycleService;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The monthly cycle over REST: queue a run, follow it, list the runs. */
@RestController
@RequestMapping("/api/v1/cycles")
@Tag(name = "Cycles", description = "The monthly cycle: zones, warning rules, tasks and assignments for a month")
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST')")
class CycleApiController {

    private static final int RECENT = 50;

    private final CycleService cycles;
    private final CurrentUser currentUser;

    CycleApiController(CycleService cycles, CurrentUser currentUser) {
        this.cycles = cycles;
        this.currentUser = currentUser;
    }

    record StartRequest(String month) {
    }

    /** A run as JSON; {@code summary} is the engine's summary.json once the run succeeded; phone numbers in the error masked. */
    record RunJson(long id, String month, String status, String phase, long done, long total, int percent, Instant startedAt,
                   Instant finishedAt, String startedBy, String error, JsonNode summary) {

        static RunJson of(CycleRun r) {
            return new RunJson(r.id(), r.month().toString(), r.status().code(), r.phase(), r.done(), r.total(), r.percent(),
                    r.startedAt(), r.finishedAt(), r.startedBy(), PersonalData.maskNumbersIn(r.error()), RunView.of(r).summary());
        }
    }

    @ApiScope(Scope.CYCLES_WRITE)
    @PostMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "Queue the cycle for a month",
            description = "Body {\"month\": \"YYYY-MM\"}. Answers 202 with the queued run; poll GET /api/v1/cycles/{id} until "
                    + "its status is succeeded or failed.")
    ResponseEntity<RunJson> start(@RequestBody StartRequest request) {
        YearMonth month = YearMonth.parse(request.month() == null ? "" : request.month().trim());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RunJson.of(cycles.request(month, currentUser.get().username())));
    }

    @ApiScope(Scope.CYCLES_READ)
    @GetMapping
    @Operation(summary = "The most recent cycle runs, newest first")
    List<RunJson> list() {
        return cycles.recent(RECENT).stream().map(RunJson::of).toList();
    }

    @ApiScope(Scope.CYCLES_READ)
    @GetMapping("/{id}")
    @Operation(summary = "One cycle run with its progress, and its summary once it succeeded")
    ResponseEntity<RunJson> one(@PathVariable long id) {
        return cycles.find(id).map(r -> ResponseEntity.ok(RunJson.of(r))).orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(DateTimeParseException.class)
    ResponseEntity<ProblemDetail> badMonth(DateTimeParseException e) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "month must be YYYY-MM, not '" + e.getParsedString() + "'"));
    }
}
