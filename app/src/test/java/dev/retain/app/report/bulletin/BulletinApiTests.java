package dev.retain.app.report.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.report.bulletin.internal.ScheduledReports;
import dev.retain.app.security.AuditLog;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The reports over HTTP: the API for supervisors, analysts, admins and clients with reports:read (every other role and
 * scope refused), bad parameters answered 400 naming the field, every download audited; the page with its months and
 * generated files; the schedule's generation of a period's four files, once.
 */
@RetainWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinApiTests {

    private static final Pattern KEY = Pattern.compile("rtk_[0-9a-f]{24}\\.[A-Za-z0-9_-]{43}");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired AuditLog auditLog;
    @Autowired ScheduledReports scheduled;

    @BeforeAll
    void plant() {
        new BulletinFixture(jdbc, clock.getZone()).plantOnce();
    }

    @Test
    void anAnalystDownloadsTheMonthAsPdfAndASupervisorTheQuarterAsSpreadsheetBothAudited() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/reports/monthly").param("month", "2086-04").param("format", "pdf").param("lang", "en")
                        .with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("retain-monthly-2086-04-en.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Zones and migration", "High-value customer retention rate 66.7%");
        }
        assertThat(auditLog.page(TestLogins.ANALYST, AuditLog.EXPORT, 0, 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("retain-monthly-2086-04-en.pdf"));

        byte[] xlsx = mvc.perform(get("/api/v1/reports/quarterly").param("quarter", "2086-Q2").param("format", "xlsx")
                        .with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as("Chinese by default").isEqualTo("高价值客户保有工作专项通报（2086年第2季度）");
        }
        assertThat(auditLog.page(TestLogins.SUPERVISOR, AuditLog.EXPORT, 0, 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("retain-quarterly-2086-Q2-zh-CN.xlsx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER})
    void everyOtherRoleIsRefused(String login) throws Exception {
        mvc.perform(get("/api/v1/reports/monthly").param("month", "2086-04").with(logins.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/quarterly").param("quarter", "2086-Q2").with(logins.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/monthly").with(logins.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/monthly/download").param("kind", "monthly").param("period", "2086-04").with(logins.as(login)))
                .andExpect(status().isForbidden());
    }

    @Test
    void badParametersAreA400NamingTheField() throws Exception {
        expectProblem(get("/api/v1/reports/monthly").param("month", "2086-13"), "month must be YYYY-MM");
        expectProblem(get("/api/v1/reports/monthly").param("month", "April"), "month must be YYYY-MM");
        expectProblem(get("/api/v1/reports/monthly").param("month", "2086-04").param("format", "docx"), "format must be pdf or xlsx");
        expectProblem(get("/api/v1/reports/monthly").param("month", "2086-04").param("lang", "fr"), "lang must be zh-CN or en");
        expectProblem(get("/api/v1/reports/quarterly").param("quarter", "2086-Q5"), "quarter must be YYYY-Qn");
        mvc.perform(get("/reports/monthly/download").param("kind", "weekly").param("period", "2086-04").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isBadRequest());
    }

    private void expectProblem(MockHttpServletRequestBuilder request, String detail) throws Exception {
        mvc.perform(request.with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.startsWith(detail)));
    }

    @Test
    void aClientNeedsTheReportsScope() throws Exception {
        String reader = client("bul-reports", "reports:read");
        String other = client("bul-tasks", "tasks:read");
        call(get("/api/v1/reports/monthly").param("month", "2086-04").param("format", "xlsx"), reader).andExpect(status().isOk())
                .andExpect(content().contentType(XLSX));
        call(get("/api/v1/reports/monthly").param("month", "2086-04"), other).andExpect(status().isForbidden());
        assertThat(auditLog.page("client:bul-reports", AuditLog.EXPORT, 0, 20))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("retain-monthly-2086-04-zh-CN.xlsx"));
    }

    @Test
    void theScheduleGeneratesAPeriodsFourFilesOnceAndThePageListsThem() throws Exception {
        ReportPeriod march = ReportPeriod.parseMonth(BulletinFixture.BEFORE).orElseThrow();
        List<StoredReport> made = scheduled.generateMissing(march);
        assertThat(made).extracting(StoredReport::fileName).containsExactlyInAnyOrder("retain-monthly-2086-03-zh-CN.pdf",
                "retain-monthly-2086-03-zh-CN.xlsx", "retain-monthly-2086-03-en.pdf", "retain-monthly-2086-03-en.xlsx");
        assertThat(made).allSatisfy(f -> assertThat(f.createdBy()).isEqualTo("schedule"));
        assertThat(scheduled.generateMissing(march)).as("already stored: none again").isEmpty();

        String html = mvc.perform(get("/reports/monthly").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#bulletin-intro").text()).as("every section by its title, the assessment module's too")
                .startsWith("每份报表含 13 个部分：分区与迁移、保有与流失、").contains("、服务质量差距分析、客户经理考核。");
        assertThat(page.select("#month-2086-04 a")).hasSize(4);
        assertThat(page.select("#quarter-2086-Q2 a")).hasSize(4);
        StoredReport zhPdf = made.stream().filter(f -> f.fileName().equals("retain-monthly-2086-03-zh-CN.pdf")).findFirst().orElseThrow();
        assertThat(page.select("#bulletin-file-table a[href=/reports/monthly/files/" + zhPdf.id() + "]").text()).isEqualTo(zhPdf.fileName());

        byte[] pdf = mvc.perform(get("/reports/monthly/files/" + zhPdf.id()).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdf).hasSize((int) zhPdf.bytes());
        assertThat(auditLog.page(TestLogins.SUPERVISOR, AuditLog.EXPORT, 0, 50))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("retain-monthly-2086-03-zh-CN.pdf"));
        mvc.perform(get("/reports/monthly/files/999999999").with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isNotFound());
    }

    @Test
    void aDownloadFromThePageGeneratesAndKeepsTheFile() throws Exception {
        mvc.perform(get("/reports/monthly/download").param("kind", "quarterly").param("period", "2086-Q1").param("format", "xlsx")
                        .param("lang", "en").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX));
        String by = jdbc.sql("select created_by from report_file where kind = 'quarterly' and period = '2086-Q1' and lang = 'en' and format = 'xlsx'")
                .query(String.class).single();
        assertThat(by).isEqualTo(TestLogins.ADMIN);
    }

    private String client(String name, String scope) throws Exception {
        String html = mvc.perform(post("/admin/clients").param("name", name).param("scopes", scope)
                .with(logins.as(TestLogins.ADMIN)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = KEY.matcher(html);
        assertThat(m.find()).as("the page shows the new key").isTrue();
        return m.group();
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String key) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + key).with(r -> {
            r.setRemoteAddr("10.81.0.1");
            return r;
        }));
    }
}
