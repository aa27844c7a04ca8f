package dev.retain.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.calendar.internal.HolidayAdministration;
import dev.retain.app.calendar.internal.HolidayChange;
import dev.retain.app.security.AuditLog;
import dev.retain.engine.calendar.HolidayDay;
import dev.retain.engine.calendar.PublicHoliday;
import dev.retain.engine.calendar.PublicHolidays;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's holiday screen: a year added by the form and by a CSV upload, replaced whole,
 * audited and announced; a bad file names its file, line and field and changes nothing; the same
 * file twice changes nothing the second time; the shipped table never overwrites the admin's
 * year; nobody but an admin reaches the screen. Years far ahead (2090-2097) keep these rows
 * apart from the shipped ones other tests read.
 */
@RetainWebTest
@RecordApplicationEvents
class HolidayAdministrationTests {

    private static final String HEADER = "year,date,day,holiday\n";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired WorkingDays workingDays;
    @Autowired HolidayAdministration administration;
    @Autowired AuditLog auditLog;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void theFormAddsAYearThatCountsAtOnceAuditedAndAnnounced() throws Exception {
        Document editor = page(get("/admin/holidays/edit").param("year", "2091"));
        assertThat(editor.select("#holiday-rows").text()).isEqualTo(HEADER.trim());

        mvc.perform(post("/admin/holidays/edit").param("year", "2091")
                        .param("rows", HEADER + "2091,2091-01-01,off,new-year\n2091,2091-01-06,work,spring\n2091,2091-01-02,off,new-year\n")
                        .with(csrf()).with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().is3xxRedirection());

        assertThat(workingDays.hasYear(2091)).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2091, 1, 2))).as("a Tuesday off").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2091, 1, 6))).as("a make-up Saturday").isTrue();
        assertThat(workingDays.holidaysOf(2091)).allSatisfy(d -> {
            assertThat(d.source()).isEqualTo(HolidaySource.ADMIN);
            assertThat(d.changedBy()).isEqualTo(TestLogins.ADMIN);
        });
        assertThat(auditLog.page(TestLogins.ADMIN, HolidayAdministration.HOLIDAYS_CHANGED, 0, 50))
                .anySatisfy(e -> assertThat(e.subject() + " " + e.detail()).isEqualTo(
                        "holidays 2091 added by form: 2 days off, 1 make-up working days (before: 0 days)"));
        assertThat(events.stream(HolidayYearChanged.class))
                .contains(new HolidayYearChanged(2091, HolidaySource.ADMIN, 3, TestLogins.ADMIN));

        // the page lists it, in Chinese by default
        Document list = page(get("/admin/holidays").param("year", "2091"));
        assertThat(list.select("#year-2091 td").get(3).text()).isEqualTo("管理员录入");
        assertThat(list.select("#day-2091-01-06").text()).contains("调休上班").contains("春节");
    }

    @Test
    void aFormWithAnotherYearsRowIsRefusedWithTheField() throws Exception {
        Document refused = page(post("/admin/holidays/edit").param("year", "2090")
                .param("rows", HEADER + "2091,2091-01-13,work,spring\n").with(csrf()));
        assertThat(refused.select("#holidays-refused").text()).contains("文件 form").contains("字段 年份（year）");
        assertThat(refused.select("#holiday-rows").text()).as("the admin's text is kept").contains("2091-01-13");
        assertThat(workingDays.hasYear(2090)).isFalse();
    }

    @Test
    void anUploadAddsThenLeavesThenReplacesAYear() throws Exception {
        String file = HEADER + "2092,2092-01-01,off,new-year\n2092,2092-01-05,work,new-year\n";
        upload("2092.csv", file).andExpect(status().is3xxRedirection());
        var first = workingDays.holidaysOf(2092);
        assertThat(first).extracting(PublicHolidayDay::date).containsExactly(LocalDate.of(2092, 1, 1), LocalDate.of(2092, 1, 5));
        int audited = audits("holidays 2092");
        long announced = events.stream(HolidayYearChanged.class).filter(e -> e.year() == 2092).count();

        // the same file again: nothing changes, nothing is audited or announced
        upload("2092.csv", file).andExpect(status().is3xxRedirection());
        assertThat(workingDays.holidaysOf(2092)).isEqualTo(first);
        assertThat(audits("holidays 2092")).isEqualTo(audited);
        assertThat(events.stream(HolidayYearChanged.class).filter(e -> e.year() == 2092).count()).isEqualTo(announced);
        List<HolidayChange> again = administration.importCsv(file.getBytes(StandardCharsets.UTF_8), "2092.csv",
                new dev.retain.app.security.RetainUser(TestLogins.ADMIN, "测试管理员", dev.retain.app.security.Role.ADMIN, null));
        assertThat(again).containsExactly(new HolidayChange(2092, HolidayChange.Outcome.UNCHANGED, 1, 1));

        // another version of the year replaces it whole
        upload("2092-v2.csv", HEADER + "2092,2092-01-01,off,new-year\n2092,2092-01-02,off,new-year\n").andExpect(status().is3xxRedirection());
        assertThat(workingDays.holidaysOf(2092)).extracting(PublicHolidayDay::date)
                .containsExactly(LocalDate.of(2092, 1, 1), LocalDate.of(2092, 1, 2));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2092, 1, 5))).as("no longer a make-up day: an ordinary Saturday").isFalse();
        assertThat(audits("holidays 2092")).isEqualTo(audited + 1);
    }

    @Test
    void aBadFileNamesFileLineAndFieldAndChangesNothing() throws Exception {
        // 2093 is fine, 2094's third row has a date that does not exist: neither year is written
        String file = HEADER + "2093,2093-01-01,off,new-year\n2093,2093-01-03,work,new-year\n2094,2094-02-30,off,spring\n";
        Document refused = page(multipart("/admin/holidays/import")
                .file(new MockMultipartFile("file", "2093-2094.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8))).with(csrf()));
        assertThat(refused.select("#holidays-refused").text())
                .contains("文件 2093-2094.csv").contains("第 4 行").contains("字段 日期（date）");
        assertThat(refused.select("#refused-reason").text()).isEqualTo("'2094-02-30' is not a date (YYYY-MM-DD)");
        assertThat(workingDays.hasYear(2093)).isFalse();
        assertThat(workingDays.hasYear(2094)).isFalse();

        // a make-up day on a weekday, an unknown holiday, a wrong header, not UTF-8, a date already in another year
        assertThat(refusal("2093,2093-01-02,work,spring\n")).contains("第 2 行").contains("字段 日期（date）");
        assertThat(refusal("2093,2093-01-01,off,easter\n")).contains("第 2 行").contains("字段 节日（holiday）");
        assertThat(refusal("2093,2093-01-01,holiday,spring\n")).contains("字段 类别（day）");
        assertThat(page(multipart("/admin/holidays/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                "date,day\n".getBytes(StandardCharsets.UTF_8))).with(csrf())).select("#holidays-refused").text()).contains("第 1 行");
        Document gbk = page(multipart("/admin/holidays/import").file(new MockMultipartFile("file", "gbk.csv", "text/csv",
                ("# 二〇九三年放假安排 元旦 春节\n" + HEADER + "2093,2093-01-01,off,new-year\n").getBytes(java.nio.charset.Charset.forName("GBK"))))
                .with(csrf()));
        assertThat(gbk.select("#holidays-refused").text()).contains("文件 gbk.csv");
        assertThat(gbk.select("#refused-reason").text()).isEqualTo("not UTF-8 text");
        upload("2095.csv", HEADER + "2095,2095-01-01,off,new-year\n").andExpect(status().is3xxRedirection());
        assertThat(refusal("2094,2095-01-01,off,new-year\n")).contains("2095-01-01 is listed twice");
        assertThat(workingDays.hasYear(2093)).isFalse();
        assertThat(workingDays.hasYear(2094)).isFalse();
        assertThat(workingDays.holidaysOf(2095)).hasSize(1);
    }

    @Test
    void theShippedTableAddsMissingYearsAndNeverOverwritesTheAdmins() throws Exception {
        upload("2096.csv", HEADER + "2096,2096-01-01,off,new-year\n").andExpect(status().is3xxRedirection());
        PublicHolidays shipped = PublicHolidays.of(List.of(
                new HolidayDay(2096, LocalDate.of(2096, 1, 1), false, PublicHoliday.NEW_YEAR),
                new HolidayDay(2096, LocalDate.of(2096, 1, 2), false, PublicHoliday.NEW_YEAR),
                new HolidayDay(2097, LocalDate.of(2097, 1, 1), false, PublicHoliday.NEW_YEAR),
                new HolidayDay(2097, LocalDate.of(2097, 1, 5), true, PublicHoliday.NEW_YEAR)));
        List<String> skipped = new ArrayList<>();
        assertThat(administration.seedShipped(shipped, skipped)).containsExactly(new HolidayChange(2097, HolidayChange.Outcome.ADDED, 1, 1));
        assertThat(workingDays.holidaysOf(2096)).as("the admin's year stays").hasSize(1)
                .allSatisfy(d -> assertThat(d.source()).isEqualTo(HolidaySource.ADMIN));
        assertThat(workingDays.holidaysOf(2097)).hasSize(2).allSatisfy(d -> assertThat(d.source()).isEqualTo(HolidaySource.SHIPPED));
        // at every later start: nothing to do
        assertThat(administration.seedShipped(shipped, skipped)).isEmpty();
        assertThat(administration.seedShipped(PublicHolidays.official(), skipped)).isEmpty();
        assertThat(skipped).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER})
    void nobodyButAnAdminReachesTheScreen(String user) throws Exception {
        mvc.perform(get("/admin/holidays").with(logins.as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/holidays/edit").param("year", "2089").with(logins.as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/holidays/edit").param("year", "2089").param("rows", HEADER + "2089,2089-01-03,off,new-year\n")
                .with(csrf()).with(logins.as(user))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/holidays/import").file(new MockMultipartFile("file", "2089.csv", "text/csv",
                (HEADER + "2089,2089-01-03,off,new-year\n").getBytes(StandardCharsets.UTF_8))).with(csrf()).with(logins.as(user)))
                .andExpect(status().isForbidden());
        assertThat(workingDays.hasYear(2089)).isFalse();
    }

    @Test
    void theListShowsTheYearsAndTheNextYearToAdd() throws Exception {
        Document list = page(get("/admin/holidays").param("year", "2026").param("lang", "en"));
        assertThat(list.select("#year-2026 td").get(3).text()).isEqualTo("Shipped");
        assertThat(list.select("#holiday-days tbody tr")).hasSize(workingDays.holidaysOf(2026).size());
        assertThat(list.select("#day-2026-02-14").text()).contains("Make-up working day").contains("Spring Festival");
        assertThat(list.select("#add-year").attr("href")).startsWith("/admin/holidays/edit?year=");
    }

    private org.springframework.test.web.servlet.ResultActions upload(String name, String csv) throws Exception {
        return mvc.perform(multipart("/admin/holidays/import").file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(logins.as(TestLogins.ADMIN)));
    }

    private String refusal(String rows) throws Exception {
        return page(multipart("/admin/holidays/import").file(new MockMultipartFile("file", "bad.csv", "text/csv",
                (HEADER + rows).getBytes(StandardCharsets.UTF_8))).with(csrf())).select("#holidays-refused").text();
    }

    private Document page(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String html = mvc.perform(request.with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private int audits(String subject) {
        return (int) auditLog.page(TestLogins.ADMIN, HolidayAdministration.HOLIDAYS_CHANGED, 0, 500).stream()
                .filter(e -> e.subject().equals(subject)).count();
    }
}
