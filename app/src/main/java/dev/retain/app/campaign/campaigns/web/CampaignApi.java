package dev.retain.app.campaign.campaigns.web;

import dev.retain.app.campaign.campaigns.CampaignDraft;
import dev.retain.app.campaign.campaigns.CampaignMember;
import dev.retain.app.campaign.campaigns.CampaignOutcomes;
import dev.retain.app.campaign.campaigns.CampaignRefused;
import dev.retain.app.campaign.campaigns.CampaignResponses;
import dev.retain.app.campaign.campaigns.CampaignResults;
import dev.retain.app.campaign.campaigns.CampaignRunResult;
import dev.retain.app.campaign.campaigns.CampaignView;
import dev.retain.app.campaign.campaigns.Campaigns;
import dev.retain.app.campaign.campaigns.Uplift;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Campaigns through the API, mirroring the screens (SPEC R7.2, issue 15): set up, run now, members by group, results,
 * conversions from BOSS. Supervisors and admins (and clients with {@code campaigns:write}) set up and run; analysts (and
 * {@code campaigns:read}) read. A member's number is in full only for supervisors and admins, and each such listing is
 * audited as a reveal naming the campaign and group (never the numbers); analysts and clients get it masked.
 */
@RestController
@Tag(name = "Campaigns", description = "Campaigns with a randomised holdout, their members and uplift (SPEC R7.2; issue 15)")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class CampaignApi {

    /** The set-up as JSON; {@code template} (a message template's code) or {@code text}, neither for a call. */
    record CampaignJson(String name, String targetRule, List<Long> offerIds, String channel, String template, String text,
                        BigDecimal holdoutShare, BigDecimal budget, LocalDate start, LocalDate end, Boolean autoRun) {
    }

    /** One conversion: the customer's number and the other system's reference (once per reference). */
    record ConversionJson(String msisdn, String reference) {
    }

    private final Campaigns campaigns;
    private final CampaignOutcomes outcomes;
    private final CampaignResponses responses;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CampaignApi(Campaigns campaigns, CampaignOutcomes outcomes, CampaignResponses responses, CurrentUser currentUser, AuditLog audit) {
        this.campaigns = campaigns;
        this.outcomes = outcomes;
        this.responses = responses;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @ApiScope(Scope.CAMPAIGNS_WRITE)
    @PostMapping(path = "/api/v1/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set up a campaign",
            description = "JSON {name, targetRule (CEL over the rule facts, as the warning rules), offerIds, channel (sms|email|call), "
                    + "template or text (not for call), holdoutShare (0 < share <= 0.5), budget (CNY; each treated member reserves the "
                    + "offers' cost), start, end (dates), autoRun (optional: the daily job runs it once on its start date at 09:00)}. A refusal names its field and, for the rule, carries CEL's error.")
    @ApiResponse(responseCode = "201", description = "{id}")
    @ApiResponse(responseCode = "400", description = "a problem document with code, field (and detail: CEL's error)")
    ResponseEntity<Map<String, Object>> create(@RequestBody CampaignJson json) {
        long id = campaigns.create(new CampaignDraft(json.name(), json.targetRule(), json.offerIds(), json.channel(), json.template(),
                json.text(), json.holdoutShare(), json.budget(), json.start(), json.end(), Boolean.TRUE.equals(json.autoRun())),
                currentUser.get().username());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    @ApiScope(Scope.CAMPAIGNS_READ)
    @GetMapping("/api/v1/campaigns/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST')")
    @Operation(summary = "One campaign's set-up and member counts")
    Map<String, Object> campaign(@PathVariable long id) {
        CampaignView c = campaigns.get(id);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", c.id());
        a.put("name", c.name());
        a.put("targetRule", c.targetRule());
        a.put("offerIds", c.offerIds());
        a.put("channel", c.channel().code());
        a.put("template", c.templateCode());
        a.put("text", c.text());
        a.put("holdoutShare", c.holdoutShare());
        a.put("budget", c.budget());
        a.put("costPerMember", c.costPerMember());
        a.put("reserved", c.reserved());
        a.put("start", c.startsOn());
        a.put("end", c.endsOn());
        a.put("autoRun", c.autoRun());
        a.put("treated", c.treated());
        a.put("holdout", c.holdout());
        a.put("runs", c.runs());
        return a;
    }

    @ApiScope(Scope.CAMPAIGNS_WRITE)
    @PostMapping("/api/v1/campaigns/{id}/runs")
    @Operation(summary = "Run a campaign now",
            description = "Evaluates the target rule on the newest month's rule facts and adds the matched customers who are not yet "
                    + "members, by value at risk, each drawn for good into treated or holdout; treated members are contacted through "
                    + "the contact policy. Refused before the start date and after the end date (409).")
    @ApiResponse(responseCode = "201", description = "{runId, factsMonth, matched, added, treated, overBudget, messages, tasks}")
    @ApiResponse(responseCode = "409", description = "outside the schedule, no rule facts yet, an offer retired or not valid today, "
            + "or the template no longer renders")
    ResponseEntity<CampaignRunResult> run(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(campaigns.run(id, currentUser.get().username()));
    }

    @ApiScope(Scope.CAMPAIGNS_READ)
    @GetMapping("/api/v1/campaigns/{id}/members")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST')")
    @Operation(summary = "A campaign's members of one group",
            description = "group=treated|holdout; highest value at risk first; offset and limit (at most 10000). msisdn in full for "
                    + "supervisors and admins (the listing is audited), masked for analysts and clients; customerKey names the customer.")
    List<Map<String, Object>> members(@PathVariable long id, @RequestParam String group, @RequestParam(defaultValue = "0") int offset,
                                      @RequestParam(defaultValue = "1000") int limit) {
        RetainUser me = currentUser.get();
        List<CampaignMember> members = campaigns.members(id, group, offset, limit);
        boolean full = me.role() == Role.SUPERVISOR || me.role() == Role.ADMIN;
        if (full && !members.isEmpty()) {
            audit.record(me, AuditLog.REVEAL, "campaign " + id, "api campaign members " + group + " · " + members.size() + " numbers");
        }
        Map<String, String> keys = campaigns.customerKeys(members.stream().map(CampaignMember::msisdn).toList());
        return members.stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("customerKey", keys.get(m.msisdn()));
            row.put("msisdn", full ? m.msisdn() : PersonalData.maskMsisdn(m.msisdn()));
            row.put("group", m.group());
            row.put("valueAtRisk", m.valueAtRisk());
            row.put("reserved", m.reserved());
            row.put("addedAt", m.addedAt());
            row.put("contacted", m.messageId() != null || m.taskId() != null);
            row.put("contactRefused", m.contactRefused());
            return row;
        }).toList();
    }

    @ApiScope(Scope.CAMPAIGNS_READ)
    @GetMapping("/api/v1/campaigns/{id}/results")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST')")
    @Operation(summary = "A campaign's results",
            description = "Members, responses and conversions per group, messages by state; once the measure month's cycle has landed "
                    + "(measured true) the uplift against the holdout in retention rate and in retained revenue per member, each "
                    + "{treated, holdout, estimate, low, high} with a 95 % confidence interval.")
    Map<String, Object> results(@PathVariable long id) {
        CampaignResults r = outcomes.of(id);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("campaignId", r.campaignId());
        a.put("measureMonth", r.measureMonth().toString());
        a.put("measured", r.measured());
        a.put("treated", group(r.treated(), r.treatedResponded(), r.treatedConverted(), r.measured() ? r.treatedRetained() : null));
        a.put("holdout", group(r.holdout(), r.holdoutResponded(), r.holdoutConverted(), r.measured() ? r.holdoutRetained() : null));
        a.put("messages", r.messages());
        a.put("retentionUplift", uplift(r.retention()));
        a.put("revenueUpliftPerMember", uplift(r.revenue()));
        a.put("incrementalRevenue", uplift(r.incrementalRevenue()));
        return a;
    }

    @ApiScope(Scope.CAMPAIGNS_WRITE)
    @PostMapping(path = "/api/v1/campaigns/{id}/conversions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a conversion (a member took the offer)", description = "JSON {msisdn, reference}; once per reference.")
    @ApiResponse(responseCode = "201", description = "recorded")
    @ApiResponse(responseCode = "200", description = "the reference was recorded before")
    ResponseEntity<Map<String, Object>> conversion(@PathVariable long id, @RequestBody ConversionJson json) {
        boolean recorded = responses.conversion(id, json.msisdn(), json.reference(), "api", currentUser.get().username());
        return ResponseEntity.status(recorded ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of("recorded", recorded));
    }

    private static Map<String, Object> group(long members, long responded, long converted, Long retained) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("members", members);
        g.put("responded", responded);
        g.put("converted", converted);
        g.put("retained", retained);
        return g;
    }

    private static Map<String, Object> uplift(Uplift u) {
        if (u == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treated", u.treated());
        m.put("holdout", u.holdout());
        m.put("estimate", u.estimate());
        m.put("low", u.low());
        m.put("high", u.high());
        return m;
    }

    /** Refusals as problem documents in the caller's language, with the refusal's {@code code}, {@code field} and CEL's detail. */
    @RestControllerAdvice(assignableTypes = CampaignApi.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Problems {

        private final MessageSource messages;

        Problems(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(CampaignRefused.class)
        ProblemDetail refused(CampaignRefused e) {
            boolean conflict = e.code().equals("campaigns.error.not-started") || e.code().equals("campaigns.error.ended")
                    || e.code().equals("campaigns.error.no-facts") || e.code().equals("campaigns.error.run-offer")
                    // a run's probe: the template no longer renders, or is gone
                    || (e.field() == null && (e.code().equals("campaigns.error.template-variables") || e.code().equals("campaigns.error.template")));
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                    messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale()));
            problem.setProperty("code", e.code());
            if (e.field() != null) problem.setProperty("field", e.field());
            return problem;
        }
    }
}
