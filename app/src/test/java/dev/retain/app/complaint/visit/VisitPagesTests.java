package dev.retain.app.complaint.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.complaint.Complaints;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The visit pages: windows checked per day, candidates by 003's criteria with their reasons (numbers
 * masked), bookings only in checked windows and once per customer a day, visitors, the staff and cost
 * estimate; handler, supervisor and admin act, every other role is refused.
 */
@RetainWebTest
class VisitPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired Complaints complaints;

    @Test
    void rolesOtherThanHandlerSupervisorAndAdminAreRefusedEveryVisitPageAndAction() throws Exception {
        String day = LocalDate.now(clock).plusDays(3).toString();
        for (String user : List.of(TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.ANALYST)) {
            for (String page : List.of("/complaints/visits", "/complaints/visits/cost", "/complaints/visits/visitors",
                    "/complaints/visits/plan?day=" + day)) {
                mvc.perform(get(page).with(logins.as(user))).andExpect(status().isForbidden());
            }
            for (MockHttpServletRequestBuilder action : List.of(
                    post("/complaints/visits/windows").param("day", day).param("window", "09:00"),
                    post("/complaints/visits/bookings").param("day", day).param("complaintId", "1").param("window", "09:00"),
                    post("/complaints/visits/visitors").param("id", "x").param("name", "x").param("officeLat", "34").param("officeLon", "108"),
                    post("/complaints/visits/plan").param("day", day))) {
                mvc.perform(action.with(csrf()).with(logins.as(user))).andExpect(status().isForbidden());
            }
        }
        for (String user : List.of(TestLogins.HANDLER, TestLogins.SUPERVISOR, TestLogins.ADMIN)) {
            mvc.perform(get("/complaints/visits").with(logins.as(user))).andExpect(status().isOk());
        }
    }

    @Test
    void aHandlerChecksWindowsAndBooksAVipInACheckedWindowOnceWithTheReasonShownAndTheNumberMasked() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(5);
        String vip = VisitFixtures.subscriber(jdbc, "gold", 34.25, 108.95);
        long vipComplaint = VisitFixtures.complaint(complaints, vip, "signal", clock.instant());
        String ordinary = VisitFixtures.subscriber(jdbc, "silver", 34.26, 108.96);
        long ordinaryComplaint = VisitFixtures.complaint(complaints, ordinary, "fee_dispute_" + ordinary, clock.instant());

        mvc.perform(post("/complaints/visits/windows").with(csrf()).with(logins.as(TestLogins.HANDLER))
                        .param("day", day.toString()).param("window", "09:00").param("window", "13:30"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "complaint.visit.windowsSaved"));

        String page = mvc.perform(get("/complaints/visits").param("day", day.toString()).with(logins.as(TestLogins.HANDLER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("candidate-" + vipComplaint).contains("重要客户").contains(vip.substring(0, 3) + "****" + vip.substring(7))
                .doesNotContain(vip).doesNotContain("candidate-" + ordinaryComplaint)
                .contains("value=\"09:00\"").contains("可约时段");
        assertThat(page.split("id=\"book-window-" + vipComplaint)[1].split("</select>")[0]).contains("09:00–10:30").contains("13:30–15:00")
                .doesNotContain("10:30–12:00");

        book(day, vipComplaint, "10:30").andExpect(flash().attribute("refused", "complaint.visit.refused.windowNotChecked"));
        book(day, ordinaryComplaint, "09:00").andExpect(flash().attribute("refused", "complaint.visit.refused.notACandidate"));
        book(day, vipComplaint, "09:00").andExpect(flash().attribute("saved", "complaint.visit.booked"));
        book(day, vipComplaint, "13:30").andExpect(flash().attribute("refused", "complaint.visit.refused.alreadyBooked"));
        book(LocalDate.now(clock).minusDays(1), vipComplaint, "09:00").andExpect(flash().attribute("refused", "complaint.visit.refused.pastDay"));

        assertThat(jdbc.sql("select window_starts::text || ' ' || reasons || ' ' || booked_by from complaint_visit_booking where msisdn = ?")
                .param(vip).query(String.class).list()).containsExactly("09:00:00 vip " + TestLogins.HANDLER);
        String after = mvc.perform(get("/complaints/visits").param("day", day.toString()).with(logins.as(TestLogins.HANDLER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(after.split("id=\"visit-bookings\"")[1]).contains("09:00–10:30").contains("重要客户").doesNotContain(vip);

        // unchecking a window stops new bookings in it; the booked visit keeps its window
        mvc.perform(post("/complaints/visits/windows").with(csrf()).with(logins.as(TestLogins.HANDLER)).param("day", day.toString()));
        assertThat(jdbc.sql("select count(*) from complaint_visit_window where day = ?").param(day).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from complaint_visit_booking where day = ? and msisdn = ?").params(day, vip).query(Integer.class).single())
                .isOne();
    }

    private org.springframework.test.web.servlet.ResultActions book(LocalDate day, long complaint, String window) throws Exception {
        return mvc.perform(post("/complaints/visits/bookings").with(csrf()).with(logins.as(TestLogins.HANDLER))
                .param("day", day.toString()).param("complaintId", Long.toString(complaint)).param("window", window));
    }

    @Test
    void theCostPageReproducesSeed003sBranchFromTwentyThreeVisitsADay() throws Exception {
        String page = mvc.perform(get("/complaints/visits/cost").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"cost-visitors\">4<").contains("id=\"cost-people\">6<").contains("59,122.20").contains("46,700.00")
                .contains("租车加司机");
        String bad = mvc.perform(get("/complaints/visits/cost").param("visits", "lots").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"cost-refused\"").contains("59,122.20");
        String thirty = mvc.perform(get("/complaints/visits/cost").param("visits", "30").with(logins.as(TestLogins.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(thirty).contains("id=\"cost-visitors\">5<").contains("id=\"cost-people\">7<");
    }

    @Test
    void aVisitorWithABadFieldIsRefusedNamingItAndSavingTwiceDoesNotDuplicate() throws Exception {
        mvc.perform(post("/complaints/visits/visitors").with(csrf()).with(logins.as(TestLogins.ADMIN))
                        .param("id", "vp-1").param("name", "王拜访").param("officeLat", "134.2").param("officeLon", "108.9"))
                .andExpect(flash().attribute("refusedField", "complaint.visit.visitors.officeLat"));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/complaints/visits/visitors").with(csrf()).with(logins.as(TestLogins.ADMIN))
                            .param("id", "vp-1").param("name", "王拜访").param("officeLat", "34.2").param("officeLon", "108.9")
                            .param("worksFrom", "08:30").param("worksTo", "17:30"))
                    .andExpect(flash().attribute("saved", "complaint.visit.visitors.saved"));
        }
        assertThat(jdbc.sql("select count(*) from complaint_visitor where visitor_id = 'vp-1'").query(Integer.class).single()).isOne();
        String page = mvc.perform(get("/complaints/visits/visitors").with(logins.as(TestLogins.HANDLER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("王拜访").contains("08:30–17:30");
    }
}
