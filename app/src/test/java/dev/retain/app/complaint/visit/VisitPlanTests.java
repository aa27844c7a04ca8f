package dev.retain.app.complaint.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.complaint.Complaints;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Planning a booked visit day through the page: the route planner's plan stored with the baseline's
 * figures, shown as a list per visitor and a timeline; the customer without a location listed as
 * not planned with the reason; planning again replaces the plan instead of adding to it.
 */
@RetainWebTest
class VisitPlanTests {

    private static final Pattern FULL_NUMBER = Pattern.compile("(?<![0-9A-Za-z+])1\\d{10}(?![0-9A-Za-z])");

    /** As EveryPageForEveryRoleTests reads a zh-CN page: two English words in a row, or a snake_case code. */
    private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[A-Za-z]{2,}(?: +[A-Za-z]{2,})+\\b");
    private static final Pattern RAW_CODE = Pattern.compile("\\b[a-z]+_[a-z0-9_]+\\b(?![.\\w])");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired Complaints complaints;

    @Test
    void aSupervisorPlansABookedDayAndSeesEachVisitorsListTheTimelineAndTheUnplannableVisitWithItsReason() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(9);
        for (String id : List.of("vplan-1", "vplan-2")) {
            mvc.perform(post("/complaints/visits/visitors").with(csrf()).with(logins.as(TestLogins.SUPERVISOR))
                    .param("id", id).param("name", "拜访员" + id.substring(6)).param("officeLat", "34.2610").param("officeLon", "108.9423")
                    .param("worksFrom", "08:30").param("worksTo", "17:30"));
        }
        mvc.perform(post("/complaints/visits/windows").with(csrf()).with(logins.as(TestLogins.SUPERVISOR))
                .param("day", day.toString()).param("window", "09:00").param("window", "13:30"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String msisdn = i == 5 ? VisitFixtures.subscriber(jdbc, "diamond", null, null)
                    : VisitFixtures.subscriber(jdbc, "gold", 34.24 + i * 0.01, 108.92 + (i % 3) * 0.02);
            numbers.add(msisdn);
            long complaint = VisitFixtures.complaint(complaints, msisdn, "signal", clock.instant());
            mvc.perform(post("/complaints/visits/bookings").with(csrf()).with(logins.as(TestLogins.SUPERVISOR))
                            .param("day", day.toString()).param("complaintId", Long.toString(complaint)).param("window", i % 2 == 0 ? "09:00" : "13:30"))
                    .andExpect(flash().attribute("saved", "complaint.visit.booked"));
        }

        for (int run = 0; run < 2; run++) {
            mvc.perform(post("/complaints/visits/plan").with(csrf()).with(logins.as(TestLogins.SUPERVISOR)).param("day", day.toString()))
                    .andExpect(redirectedUrl("/complaints/visits/plan?day=" + day));
        }

        assertThat(jdbc.sql("select count(*) from complaint_visit_plan where day = ?").param(day).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from complaint_visit_stop where day = ? and visitor_id is not null").param(day).query(Integer.class).single())
                .as("planning twice replaces the plan").isEqualTo(5);
        assertThat(jdbc.sql("""
                        select s.unplanned from complaint_visit_stop s join complaint_visit_booking b on b.id = s.booking_id
                        where s.day = ? and b.msisdn = ?""").params(day, numbers.get(5)).query(String.class).single()).isEqualTo("no_location");
        assertThat(jdbc.sql("select baseline_planned from complaint_visit_plan where day = ?").param(day).query(Integer.class).single()).isEqualTo(5);

        String page = mvc.perform(get("/complaints/visits/plan").param("day", day.toString()).with(logins.as(TestLogins.HANDLER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"visit-timeline\"").contains("拜访日计划").contains("最近邻对照").contains("客户没有登记位置")
                .contains("id=\"plan-planned\">5<").contains("西安市测试路");
        assertThat(page.split("visit-bar visit-bar-visit", -1)).as("one bar per planned visit").hasSize(6);
        assertThat(page.split("visit-bar visit-bar-lunch", -1).length - 1).as("a lunch in every route").isEqualTo(page.split("class=\"grid visit-route\"", -1).length - 1);
        assertThat(FULL_NUMBER.matcher(page).find()).as("no full number on the plan page").isFalse();
        for (String n : numbers) assertThat(page).doesNotContain(n);

        for (String zhPage : List.of("/complaints/visits/plan?day=" + day, "/complaints/visits?day=" + day, "/complaints/visits/cost",
                "/complaints/visits/visitors")) {
            String html = mvc.perform(get(zhPage).with(logins.as(TestLogins.SUPERVISOR))).andReturn().getResponse().getContentAsString();
            String text = org.jsoup.Jsoup.parse(html).select("main").text();
            assertThat(ENGLISH_PHRASE.matcher(text).results().map(m -> m.group()).toList()).as(zhPage + ": English in zh-CN").isEmpty();
            assertThat(RAW_CODE.matcher(text).results().map(m -> m.group()).toList()).as(zhPage + ": raw codes in zh-CN").isEmpty();
        }

        String english = mvc.perform(get("/complaints/visits/plan").param("day", day.toString()).param("lang", "en").with(logins.as(TestLogins.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Nearest neighbour (baseline)").contains("The customer has no location on file");
    }

    @Test
    void aDayWithoutBookingsIsRefusedWithAReason() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(60);
        mvc.perform(post("/complaints/visits/visitors").with(csrf()).with(logins.as(TestLogins.HANDLER))
                .param("id", "vplan-empty").param("name", "空日").param("officeLat", "34.2").param("officeLon", "108.9"));
        mvc.perform(post("/complaints/visits/plan").with(csrf()).with(logins.as(TestLogins.HANDLER)).param("day", day.toString()))
                .andExpect(flash().attribute("refused", "complaint.visit.refused.noBookings"));
        String page = mvc.perform(get("/complaints/visits/plan").param("day", day.toString()).with(logins.as(TestLogins.HANDLER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"not-planned\"");
    }
}
