package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.intake.AreaCaseStore;
import dev.retain.app.complaint.internal.intake.AreaCases;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/network-alarms}: a network-monitoring system's alarm opens an area-wide complaint case. */
@RestController
@Tag(name = "Complaints")
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
class NetworkAlarmApi {

    private final AreaCases areaCases;
    private final CurrentUser currentUser;

    NetworkAlarmApi(AreaCases areaCases, CurrentUser currentUser) {
        this.areaCases = areaCases;
        this.currentUser = currentUser;
    }

    @ApiScope(Scope.COMPLAINTS_WRITE)
    @PostMapping(path = "/api/v1/network-alarms", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Raise a network alarm",
            description = "JSON {externalId?, region, branch?, area?, category, startsAt, endsAt?, description?} (times ISO-8601 with an "
                    + "offset). Opens an area-wide case that collects the complaints of the region (or branch) and category received "
                    + "in the window: the open ones now and new ones as they arrive. The same externalId returns the first case.")
    @ApiResponse(responseCode = "201", description = "opened: {id, collected}")
    @ApiResponse(responseCode = "200", description = "the externalId was seen before: the first case")
    @ApiResponse(responseCode = "400", description = "a problem document naming the field in 'field'")
    ResponseEntity<Map<String, Object>> raise(@RequestBody Map<String, Object> json) {
        AreaCases.Opened o = areaCases.open(new AreaCaseStore.NewAreaCase(JsonFields.text(json, "externalId"), JsonFields.text(json, "region"),
                JsonFields.text(json, "branch"), JsonFields.text(json, "area"), JsonFields.text(json, "category"), JsonFields.time(json, "startsAt"), JsonFields.time(json, "endsAt"),
                JsonFields.text(json, "description"), currentUser.get().username()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.areaCase().id());
        m.put("externalId", o.areaCase().externalId());
        m.put("region", o.areaCase().region());
        m.put("branch", o.areaCase().branch());
        m.put("category", o.areaCase().category());
        m.put("collected", o.collected());
        m.put("complaints", o.areaCase().complaints());
        return ResponseEntity.status(o.created() ? HttpStatus.CREATED : HttpStatus.OK).body(m);
    }
}
