package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.complaint.internal.monitor.AuditListReadModel;
import dev.retain.app.complaint.internal.monitor.AuditLists;
import dev.retain.app.complaint.internal.monitor.AuditPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The periodic audit lists: what each finding catches and what it leaves out, regeneration without duplicates, the page's roles. */
@RetainWebTest
class ComplaintAuditListTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLists lists;
    @Autowired AuditListReadModel readModel;

    @Test
    void aWeeksListNamesOverdueClosuresClosuresWithoutContactRepeatsOfClosedProblemsAndLowScores() {
        // the week of Monday 2024-03-11 (Shanghai), a week no other test uses
        Instant mon = Instant.parse("2024-03-11T02:00:00Z");
        long overdue = closedWith(jdbc, "13976000001", mon, mon.plusSeconds(86_400), mon.plusSeconds(2 * 86_400), "satisfied", 4);
        long noContact = closedWith(jdbc, "13976000002", mon, mon.plusSeconds(3 * 86_400), mon.plusSeconds(86_400), "unreachable", null);
        long low = closedWith(jdbc, "13976000003", mon, mon.plusSeconds(3 * 86_400), mon.plusSeconds(86_400), "unsatisfied", 1);
        long fine = closedWith(jdbc, "13976000004", mon, mon.plusSeconds(3 * 86_400), mon.plusSeconds(86_400), "satisfied", 5);
        ComplaintMonitorFixture.complaint(jdbc, "13976000005", null, Instant.parse("2024-02-20T02:00:00Z"), "closed",
                Instant.parse("2024-02-22T02:00:00Z"), 4, 0, "weak_signal");
        long repeat = ComplaintMonitorFixture.complaint(jdbc, "13976000005", null, mon.plusSeconds(3 * 86_400), "intake", null, null, 1,
                "weak_signal");
        // a repeat whose earlier complaint is still open is not a closed problem coming back
        ComplaintMonitorFixture.complaint(jdbc, "13976000006", null, Instant.parse("2024-03-01T02:00:00Z"), "handling", null, null, 0,
                "weak_signal");
        long openRepeat = ComplaintMonitorFixture.complaint(jdbc, "13976000006", null, mon, "intake", null, null, 1, "weak_signal");

        AuditPeriod week = AuditPeriod.week(LocalDate.parse("2024-03-13"));
        assertThat(week.startsOn()).isEqualTo(LocalDate.parse("2024-03-11"));
        long id = lists.generate(week, "t-supervisor");
        List<AuditListReadModel.EntryRow> entries = readModel.entries(id);

        assertThat(entries).extracting(AuditListReadModel.EntryRow::kind, AuditListReadModel.EntryRow::complaintId)
                .contains(tuple("overdue_closure", overdue), tuple("closed_without_contact", noContact), tuple("low_score", low),
                        tuple("repeat_reopened", repeat))
                .doesNotContain(tuple("low_score", overdue));
        assertThat(entries).extracting(AuditListReadModel.EntryRow::complaintId).doesNotContain(fine, openRepeat);
        assertThat(entries).allSatisfy(e -> assertThat(e.maskedMsisdn()).contains("****"));

        int count = entries.size();
        assertThat(lists.generate(week, "t-supervisor")).as("the same list again").isEqualTo(id);
        assertThat(readModel.entries(id)).hasSize(count);
    }

    @Test
    void theJobMakesTheLastCompletePeriodsOnce() {
        lists.generateLastCompleteIfMissing("week", "job");
        assertThat(lists.generateLastCompleteIfMissing("week", "job")).isEmpty();
        lists.generateLastCompleteIfMissing("month", "job");
        assertThat(lists.generateLastCompleteIfMissing("month", "job")).isEmpty();
    }

    @Test
    void thePageListsAndSupervisorsGenerateWhileOthersAreRefused() throws Exception {
        mvc.perform(post("/complaints/audits").with(csrf()).with(logins.as(TestLogins.SUPERVISOR)).param("period", "month").param("day", "2024-01-15"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "complaint.audit.generated"));
        mvc.perform(post("/complaints/audits").with(csrf()).with(logins.as(TestLogins.ADMIN)).param("period", "year").param("day", "2024-01-15"))
                .andExpect(flash().attribute("refused", "complaint.audit.refused"));
        String page = mvc.perform(get("/complaints/audits").with(logins.as(TestLogins.HANDLER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("周期核查").contains("2024-01-01").doesNotContain("id=\"audit-generate\"");

        for (String who : List.of(TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER)) {
            mvc.perform(get("/complaints/audits").with(logins.as(who))).andExpect(status().isForbidden());
        }
        for (String who : List.of(TestLogins.HANDLER, TestLogins.ANALYST, TestLogins.PHONE)) {
            mvc.perform(post("/complaints/audits").with(csrf()).with(logins.as(who)).param("period", "week").param("day", "2024-01-15"))
                    .andExpect(status().isForbidden());
        }
    }

    private static long closedWith(JdbcClient jdbc, String msisdn, Instant received, Instant due, Instant closed, String outcome,
                                   Integer satisfaction) {
        long c = ComplaintMonitorFixture.complaint(jdbc, msisdn, null, received, "closed", closed, satisfaction, 0, "weak_signal");
        ComplaintMonitorFixture.linkWorkOrder(jdbc, c, ComplaintMonitorFixture.workOrder(jdbc, msisdn, received, due, closed, outcome));
        return c;
    }
}
