package dev.retain.app.segment.web;

import dev.retain.app.customer.CustomerKeys;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.Scope;
import dev.retain.app.security.PersonalData;
import dev.retain.app.segment.Segments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cycle's segments over REST, for analysis: MSISDNs are always masked here; each row carries the customer's opaque key. */
@RestController
@Tag(name = "Segments", description = "Each subscriber's zone, tier and value at risk per cycle month")
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST')")
class SegmentApiController {

    private final Segments segments;
    private final CustomerKeys keys;

    SegmentApiController(Segments segments, CustomerKeys keys) {
        this.segments = segments;
        this.keys = keys;
    }

    record SegmentJson(String customerKey, String msisdn, String tier, String tierSource, String zone, String rule, BigDecimal billM1, Long mouM1,
                       BigDecimal billM2, Long mouM2, String stateM1, BigDecimal churnScore, BigDecimal valueAtRisk) {

        static SegmentJson of(Segments.SegmentRow r, String customerKey) {
            return new SegmentJson(customerKey, PersonalData.maskMsisdn(r.msisdn()), r.tier(), r.tierSource(), r.zone(), r.rule(), r.billM1(),
                    r.mouM1(), r.billM2(), r.mouM2(), r.stateM1(), r.churnScore(), r.valueAtRisk());
        }
    }

    record SegmentPageJson(String month, String zone, int page, int size, long total, List<SegmentJson> rows) {
    }

    @ApiScope(Scope.SEGMENTS_READ)
    @GetMapping("/api/v1/segments")
    @Operation(summary = "A page of a month's segments, highest value at risk first",
            description = "Optionally one zone (blue, green, yellow, red, white, none). MSISDNs are masked.")
    SegmentPageJson page(@Parameter(description = "cycle month, YYYY-MM") @RequestParam String month,
                         @RequestParam(required = false) String zone,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        Segments.SegmentPage p = segments.page(YearMonth.parse(month.trim()), zone, page, size);
        Map<String, String> keyOf = keys.keysOf(p.rows().stream().map(Segments.SegmentRow::msisdn).toList());
        return new SegmentPageJson(month.trim(), zone, p.page(), p.size(), p.total(),
                p.rows().stream().map(r -> SegmentJson.of(r, keyOf.get(r.msisdn()))).toList());
    }

    @ExceptionHandler(DateTimeParseException.class)
    ResponseEntity<ProblemDetail> badMonth(DateTimeParseException e) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "month must be YYYY-MM, not '" + e.getParsedString() + "'"));
    }
}
