package dev.retain.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.assignment.AssignmentFixtures;
import dev.retain.app.report.ContactFrequencyReport.ManagerRow;
import dev.retain.app.security.AuditLog;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Contact frequency per manager, counted from planted rows: what counts as a contact (a logged
 * contact that reached the customer, a marketing or care message sent or delivered — not an
 * unreachable call, a service message or a message still queued), the tier targets of the
 * settings (diamond 30, gold 60, silver 90 days), never-contacted customers counted from their
 * join date, the period's share, the over-target list (masked), the audited CSV, and the refusal
 * of every other role.
 */
@RetainWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactFrequencyTests {

    private static final String M1 = "CF-CM1";
    private static final String M2 = "CF-PM1";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired ContactFrequency frequency;
    @Autowired AuditLog auditLog;
    @Autowired Clock clock;

    private LocalDate today;

    @BeforeAll
    void customersAndContacts() {
        today = LocalDate.now(clock);
        AssignmentFixtures f = new AssignmentFixtures(jdbc)
                .manager(M1, "customer_manager", "CFRG", null, true)
                .manager(M2, "phone_manager", "CFRG", null, true);
        // M1: five customers
        customer(f, "19750000001", M1, "diamond", today.minusYears(3));  // reached 10 days ago: within, contacted in 30/90 days
        customer(f, "19750000002", M1, "diamond", today.minusYears(3));  // reached 40 days ago: over 30; an unreachable call yesterday does not count
        customer(f, "19750000003", M1, "gold", today.minusYears(3));     // a care SMS delivered today: within, contacted this month
        customer(f, "19750000004", M1, "silver", today.minusYears(3));   // never contacted, joined long ago: over; a queued and a service message do not count
        customer(f, "19750000005", M1, "none", today.minusYears(3));     // no card, no target; reached today
        // M2: two customers
        customer(f, "19750000006", M2, "silver", today.minusDays(20));   // never contacted, joined 20 days ago: within 90
        customer(f, "19750000007", M2, "gold", today.minusYears(1));     // an email sent 60 days ago: within 60 (the last day)

        contact("19750000001", at(today.minusDays(10)), "reached");
        contact("19750000002", at(today.minusDays(40)), "reached");
        contact("19750000002", at(today.minusDays(1)), "unreachable");
        contact("19750000005", at(today), "refused");
        message("19750000003", "sms", "marketing", "delivered", at(today));
        message("19750000004", "sms", "marketing", "queued", null);
        message("19750000004", "sms", "service", "delivered", at(today));
        message("19750000004", "email", "marketing", "failed", null);
        message("19750000007", "email", "marketing", "sent", at(today.minusDays(60)));
    }

    @Test
    void aManagersFiguresFollowTheDefinition() {
        ContactFrequencyReport report = frequency.of(ContactPeriod.LAST_30_DAYS);
        assertThat(report.targetDays()).containsEntry("diamond", 30).containsEntry("gold", 60).containsEntry("silver", 90);
        assertThat(report.firstDay()).isEqualTo(today.minusDays(29));
        ManagerRow m1 = row(report, M1);
        assertThat(m1.customers()).isEqualTo(5);
        assertThat(List.of(m1.tier("diamond"), m1.tier("gold"), m1.tier("silver"), m1.tier("none"))).containsExactly(2L, 1L, 1L, 1L);
        assertThat(m1.withTarget()).as("the card holders").isEqualTo(4);
        assertThat(m1.withinTarget()).as("…01 (10 days), …03 (today)").isEqualTo(2);
        assertThat(m1.overTarget()).as("…02 (40 days), …04 (never)").isEqualTo(2);
        assertThat(m1.contactedInPeriod()).as("…01, …03, …05 in the last 30 days").isEqualTo(3);
        assertThat(m1.contactedShare()).isEqualTo(60.00);

        ManagerRow m2 = row(report, M2);
        assertThat(m2.customers()).isEqualTo(2);
        assertThat(m2.withinTarget()).as("…06 joined 20 days ago, …07 mailed 60 days ago").isEqualTo(2);
        assertThat(m2.overTarget()).isZero();
        assertThat(m2.contactedInPeriod()).isZero();

        // the province's total adds every manager's
        assertThat(report.total().customers()).isEqualTo(report.managers().stream().mapToLong(ManagerRow::customers).sum());
        assertThat(report.total().overTarget()).isEqualTo(report.managers().stream().mapToLong(ManagerRow::overTarget).sum());
    }

    @Test
    void theTierIsTheNewestSegmentRowsElseTheImportedOne() {
        // months far from every other test's, taken away again: they would be everyone's "newest month"
        String m3 = "CF-TIER";
        AssignmentFixtures f = new AssignmentFixtures(jdbc).manager(m3, "customer_manager", "CFRG", null, true);
        for (String msisdn : List.of("13796700001", "13796700002", "13796700003")) customer(f, msisdn, m3, "silver", today.minusYears(3));
        try {
            segment("2059-11", "13796700001", "gold");
            segment("2059-12", "13796700001", "diamond");  // in the newest month: its row
            segment("2059-11", "13796700002", "gold");     // not in the newest month: its own newest row
            ManagerRow row = row(frequency.of(ContactPeriod.LAST_30_DAYS), m3);                  // …03: no segment, the imported silver
            assertThat(List.of(row.tier("diamond"), row.tier("gold"), row.tier("silver"), row.tier("none"))).containsExactly(1L, 1L, 1L, 0L);
        } finally {
            jdbc.sql("delete from segment where msisdn like '137967%'").update();
        }
    }

    @Test
    void theNewestMonthsRefreshedFactsServeTheTierAndOnlyTheRestIsLookedUp(@Autowired dev.retain.app.metrics.Metrics metrics) {
        String m4 = "CF-AGG";
        AssignmentFixtures f = new AssignmentFixtures(jdbc).manager(m4, "customer_manager", "CFRG", null, true);
        for (String msisdn : List.of("13796800001", "13796800002")) customer(f, msisdn, m4, "silver", today.minusYears(3));
        try {
            // the province's newest segmented month (no other test's is this late), taken away again
            segment("2099-12", "13796800001", "diamond");
            metrics.refresh(java.time.YearMonth.of(2099, 12));
            // segments change only with a cycle, which refreshes the month again; changed behind its back, the refreshed
            // row still tells the tier: the proof that the per-customer facts are read, not every segment row
            jdbc.sql("update segment set tier = 'gold' where month = '2099-12' and msisdn = '13796800001'").update();
            ManagerRow row = row(frequency.of(ContactPeriod.LAST_30_DAYS), m4);            // …02: not in the month, its imported silver
            assertThat(List.of(row.tier("diamond"), row.tier("gold"), row.tier("silver"), row.tier("none"))).containsExactly(1L, 0L, 1L, 0L);
            assertThat(row.overTarget()).as("both joined three years ago, never contacted").isEqualTo(2);

            customer(f, "13796800003", m4, "gold", today.minusDays(5)); // assigned after the refresh: looked up, joined 5 days ago
            row = row(frequency.of(ContactPeriod.LAST_30_DAYS), m4);
            assertThat(row.customers()).isEqualTo(3);
            assertThat(row.tier("gold")).isEqualTo(1);
            assertThat(row.withinTarget()).isEqualTo(1);
            assertThat(frequency.overTarget(m4)).extracting(OverdueCustomer::maskedMsisdn).containsExactlyInAnyOrder("137****0001", "137****0002");
        } finally {
            jdbc.sql("delete from segment where msisdn like '137968%'").update();
            jdbc.sql("delete from metric_customer where month = '2099-12'").update();
            jdbc.sql("delete from metric_monthly where month = '2099-12'").update();
            jdbc.sql("delete from segment_migration_summary where month in ('2099-12', '2100-01')").update();
        }
    }

    @Test
    void thePeriodChangesTheShareNotTheTargets() {
        ManagerRow ninety = row(frequency.of(ContactPeriod.LAST_90_DAYS), M1);
        assertThat(ninety.contactedInPeriod()).as("…02's 40-day-old contact counts too").isEqualTo(4);
        assertThat(ninety.contactedShare()).isEqualTo(80.00);
        assertThat(ninety.overTarget()).isEqualTo(2);
        assertThat(row(frequency.of(ContactPeriod.LAST_90_DAYS), M2).contactedInPeriod()).as("…07's email 60 days ago").isEqualTo(1);
        ManagerRow month = row(frequency.of(ContactPeriod.THIS_MONTH), M1);
        long expected = 2 + (today.getDayOfMonth() > 10 ? 1 : 0); // …03 and …05 today; …01 ten days ago if still this month
        assertThat(month.contactedInPeriod()).isEqualTo(expected);
    }

    @Test
    void theOverTargetListIsMaskedAndLongestWithoutContactFirst() throws Exception {
        List<OverdueCustomer> over = frequency.overTarget(M1);
        assertThat(over).extracting(OverdueCustomer::maskedMsisdn).containsExactly("197****0004", "197****0002");
        assertThat(over.get(0).lastContact()).isNull();
        assertThat(over.get(0).daysWithoutContact()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(today.minusYears(3), today));
        assertThat(over.get(1).lastContact()).isEqualTo(today.minusDays(40));
        assertThat(over.get(1).daysWithoutContact()).isEqualTo(40);
        assertThat(over.get(1).targetDays()).isEqualTo(30);

        String html = page("/reports/contact-frequency/managers/" + M1, TestLogins.SUPERVISOR);
        assertThat(html).doesNotContain("19750000002").doesNotContain("19750000004");
        Document d = Jsoup.parse(html);
        assertThat(d.select("#over-target tbody tr")).hasSize(2);
        assertThat(d.select("#over-target a").attr("href")).startsWith("/customers/");
    }

    @Test
    void thePageShowsTheDefinitionTheTargetsAndLinksToTheList() throws Exception {
        Document d = Jsoup.parse(page("/reports/contact-frequency?period=30d", TestLogins.SUPERVISOR));
        assertThat(d.select("#cf-definition").text()).contains("已联系").contains("未接通").contains("营销与关怀类消息");
        assertThat(d.select("#target-diamond").text()).isEqualTo("钻石卡 30 天");
        assertThat(d.select("#cf-" + M1 + " .share").text()).isEqualTo("60.00%（3 人）");
        assertThat(d.select("#cf-" + M1 + " .over a").attr("href")).isEqualTo("/reports/contact-frequency/managers/" + M1 + "?period=30d");
        assertThat(d.select("#period option[selected]").attr("value")).isEqualTo("30d");
        Document en = Jsoup.parse(page("/reports/contact-frequency?period=90d&lang=en", TestLogins.ADMIN));
        assertThat(en.select("#cf-" + M1 + " .share").text()).isEqualTo("80.00 % (4)");
        assertThat(en.select("#cf-definition").text()).contains("unreachable");
    }

    @Test
    void theCsvIsAuditedAsAnExport() throws Exception {
        String csv = mvc.perform(get("/reports/contact-frequency.csv").param("period", "30d").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFmanager_id,name,role,region,period_start,period_end,diamond,gold,silver,none,");
        assertThat(csv).contains(M1 + ",Name " + M1 + ",customer_manager,CFRG," + today.minusDays(29) + "," + today + ",2,1,1,1,5,4,2,2,3,60.00");
        assertThat(csv).contains("\r\ntotal,,,,");
        assertThat(auditLog.page(TestLogins.SUPERVISOR, AuditLog.EXPORT, 0, 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("contact-frequency-30d-" + today.minusDays(29) + "-" + today + ".csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.ANALYST})
    void managersAndAnalystsAreRefused(String user) throws Exception {
        mvc.perform(get("/reports/contact-frequency").with(logins.as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/contact-frequency/managers/" + M1).with(logins.as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/contact-frequency.csv").with(logins.as(user))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownPeriodOrManagerIsNoPage() throws Exception {
        mvc.perform(get("/reports/contact-frequency").param("period", "year").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/contact-frequency/managers/NOBODY").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isNotFound());
    }

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static ManagerRow row(ContactFrequencyReport report, String managerId) {
        return report.managers().stream().filter(m -> managerId.equals(m.managerId())).findFirst().orElseThrow();
    }

    /** Noon of a day in the business zone. */
    private Instant at(LocalDate day) {
        return day.atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    private void customer(AssignmentFixtures f, String msisdn, String manager, String tier, LocalDate joined) {
        f.customer(msisdn, "CFRG", manager, manager.equals(M1) ? "customer_manager" : "phone_manager");
        jdbc.sql("update subscriber set tier = ?, join_date = ? where msisdn = ?").params(tier, joined, msisdn).update();
    }

    private void segment(String month, String msisdn, String tier) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, ?, 'imported', 'yellow', 'cf_test', 0.5, 100)""")
                .params(month, msisdn, tier).update();
    }

    private void contact(String msisdn, Instant at, String outcome) {
        jdbc.sql("insert into contact (msisdn, at, channel, outcome, username) values (?, ?, 'phone_manager', ?, 'cf-test')")
                .params(msisdn, Timestamp.from(at), outcome).update();
    }

    private void message(String msisdn, String channel, String messageClass, String state, Instant sentAt) {
        Timestamp queued = Timestamp.from(sentAt != null ? sentAt : Instant.now(clock));
        jdbc.sql("""
                        insert into outbox_message (idempotency_key, msisdn, channel, message_class, body, reason, state, queued_by, queued_at,
                          sent_at, updated_at)
                        values (?, ?, ?, ?, 'body', 'care', ?, 'cf-test', ?, ?, ?)""")
                .params("cf-" + msisdn + "-" + channel + "-" + messageClass + "-" + state, msisdn, channel, messageClass, state, queued,
                        sentAt == null ? null : Timestamp.from(sentAt), queued).update();
    }
}
