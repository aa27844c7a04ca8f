package dev.retain.app.alert.web;

import dev.retain.app.alert.UsageIntake;
import dev.retain.app.alert.UsageIntake.EventOutcome;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.Scope;
import dev.retain.engine.alert.RejectReason;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageAlerts;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The usage feed of the embedded default (SPEC R6.1 without Kafka): the events of the
 * {@code usage-events} topic, one or an array, run through the same per-subscriber logic in-process.
 * For integration clients with {@code usage:write} (a mediation or billing system) and admins.
 */
@RestController
@Tag(name = "Usage alerts", description = "Usage events for the real-time usage alerts (SPEC R6.1), in-process")
@PreAuthorize("hasRole('ADMIN')")
class UsageEventApi {

    /** More events than this in one call is a file, not a feed: send it in parts. */
    static final int MAX_EVENTS = 10_000;

    private final UsageIntake intake;
    private final Clock clock;

    UsageEventApi(UsageIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @ApiScope(Scope.USAGE_WRITE)
    @PostMapping(path = "/api/v1/usage-events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send usage events",
            description = "One event or a JSON array of events, as the usage-events topic carries them: "
                    + "{msisdn, ts (ISO-8601 with an offset), data_mb, voice_min, sms, event_id} (docs/data-formats.md). Each counts "
                    + "toward its subscriber's billing month; an event id seen before counts nothing again; each threshold alerts once "
                    + "per subscriber and month (a message to the customer, a task for the manager). At most " + MAX_EVENTS
                    + " events a call.")
    @ApiResponse(responseCode = "200", description = "every event counted (or was a duplicate): the counts and the alerts raised")
    @ApiResponse(responseCode = "400", description = "a problem document: 'refused' lists each refused event by its index with "
            + "the reason and the field; the other events of the call were counted all the same (their counts and alerts are in it). "
            + "A body that is not JSON counts nothing.")
    ResponseEntity<Object> post(@RequestBody byte[] body) {
        List<UsageEventJson.Result> parsed = UsageEventJson.parseBatch(body);
        if (parsed.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("at most " + MAX_EVENTS + " events in one call, not " + parsed.size());
        }
        List<UsageEvent> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Map<String, Object>> refused = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i) instanceof UsageEventJson.Accepted a) {
                events.add(a.event());
                positions.add(i);
            } else if (parsed.get(i) instanceof UsageEventJson.Refused r) {
                refused.add(refusal(i, r.reason(), r.detail())); // a body that is not JSON at all: one refusal, index 0
            }
        }
        int counted = 0;
        int duplicates = 0;
        List<String> alerts = new ArrayList<>();
        for (EventOutcome o : intake.accept(events, clock.instant())) {
            switch (o.outcome()) {
                case COUNTED -> counted++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> refused.add(refusal(positions.get(o.index()), o.reason(), o.detail()));
            }
            o.alerts().stream().map(UsageAlert::alertId).forEach(alerts::add);
        }
        refused.sort((a, b) -> Integer.compare((Integer) a.get("index"), (Integer) b.get("index")));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("events", parsed.size());
        summary.put("counted", counted);
        summary.put("duplicates", duplicates);
        summary.put("alerts", alerts);
        if (refused.isEmpty()) return ResponseEntity.ok(summary);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                refused.size() + " of " + parsed.size() + " events were refused (listed by index in 'refused'); the other "
                        + (counted + duplicates) + " were taken: " + counted + " counted, " + duplicates + " duplicates");
        problem.setTitle("Some usage events were refused");
        summary.forEach(problem::setProperty);
        problem.setProperty("refused", refused);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One refused event: its position in the call, the reason code, the field it concerns (when one does) and the detail. */
    private static Map<String, Object> refusal(int index, RejectReason reason, String detail) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("index", index);
        r.put("reason", reason.code());
        String field = fieldOf(reason, detail);
        if (field != null) r.put("field", field);
        r.put("detail", detail);
        return r;
    }

    /** The engine's details start with the field ("ts: not an ISO-8601 time …"); the later reasons concern a known field. */
    static String fieldOf(RejectReason reason, String detail) {
        return switch (reason) {
            case MISSING_FIELD, INVALID_FIELD -> detail != null && detail.indexOf(':') > 0 ? detail.substring(0, detail.indexOf(':')) : null;
            case UNKNOWN_SUBSCRIBER, UNKNOWN_PLAN -> "msisdn";
            case LATE_EVENT, FUTURE_EVENT -> "ts";
            case MALFORMED_JSON -> null;
        };
    }
}
