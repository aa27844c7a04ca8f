package dev.retain.app.security;

import java.util.Arrays;
import java.util.Optional;

/** What an integration client may do through /api/v1: one scope per kind of data and direction. */
public enum Scope {
    IMPORTS_READ("imports:read"),
    IMPORTS_WRITE("imports:write"),
    CYCLES_READ("cycles:read"),
    CYCLES_WRITE("cycles:write"),
    SEGMENTS_READ("segments:read"),
    SUBSCRIBERS_READ("subscribers:read"),
    /** The clear number and name of a subscriber: audited, and a scope of its own so that reading never implies it. */
    SUBSCRIBERS_REVEAL("subscribers:reveal"),
    TASKS_READ("tasks:read"),
    TASKS_WRITE("tasks:write"),
    CONTACTS_READ("contacts:read"),
    CONTACTS_WRITE("contacts:write"),
    /** Outbound messages (notify): their states and reasons; a secret body is never returned. */
    MESSAGES_READ("messages:read"),
    /** Queue a message to a customer under the contact policy. */
    MESSAGES_WRITE("messages:write"),
    OPTOUTS_READ("optouts:read"),
    OPTOUTS_WRITE("optouts:write"),
    /** Work orders (SPEC R8.3): read one by id. */
    WORKORDERS_READ("workorders:read"),
    /** Open work orders from another system (BOSS, customer service), idempotent by their external id. */
    WORKORDERS_WRITE("workorders:write"),
    /** The operations metrics at /actuator/prometheus (a scraper's key; no other endpoint). */
    METRICS_READ("metrics:read"),
    /** Send subscribers' usage events (a mediation or billing feed) for the real-time usage alerts. */
    USAGE_WRITE("usage:write"),
    /** Hand in customers' complaints and network alarms (a BOSS, customer-service or network-monitoring system). */
    COMPLAINTS_WRITE("complaints:write"),
    /** Read complaints (state, priority, work order); the number comes masked. */
    COMPLAINTS_READ("complaints:read"),
    /** Claim VIP event tickets for customers who prepaid (BOSS, customer service; issue 15), idempotent by the prepay reference. */
    EVENTS_WRITE("events:write"),
    /** Campaigns (issue 15): their set-up, members (numbers masked) and results. */
    CAMPAIGNS_READ("campaigns:read"),
    /** The monthly report and the quarterly bulletin (R12.2) as PDF or spreadsheet: aggregates, no personal data. */
    REPORTS_READ("reports:read"),
    /** Set up and run campaigns, and record conversions (BOSS: what customers activated). */
    CAMPAIGNS_WRITE("campaigns:write"),
    /**
     * A partner merchant's till at the counter (issue 14): verifications and redemptions for the one merchant the
     * client is bound to. Given only with that binding ({@code MerchantStaffLogins.createTillKey}), never on /admin/clients.
     */
    COUNTER("counter:write");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    /** As stored (api_client.scopes), shown, and named in the API documentation. */
    public String code() {
        return code;
    }

    public static Optional<Scope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
