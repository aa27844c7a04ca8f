package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The imports page and the REST API: who may use them, and that an upload really imports. */
@RetainWebTest
class ImportWebTests {

    private static final String[] NOT_ALLOWED = {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.ANALYST};

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired ImportService imports;
    @TempDir Path tmp;

    private static List<MockMultipartFile> parts(Path dir) throws Exception {
        List<MockMultipartFile> parts = new ArrayList<>();
        for (String f : ImportService.contractFiles()) {
            if (!Files.exists(dir.resolve(f))) continue; // an optional file the province does not have (regions.csv)
            parts.add(new MockMultipartFile("files", f, "text/csv", Files.readAllBytes(dir.resolve(f))));
        }
        return parts;
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String url, List<MockMultipartFile> parts) {
        var request = multipart(url);
        parts.forEach(request::file);
        return request;
    }

    @Test
    void adminsAndSupervisorsUploadOnThePageAndSeeTheResult() throws Exception {
        SmallProvince p = new SmallProvince(201, 8);
        List<MockMultipartFile> parts = new ArrayList<>(parts(p.write(tmp)));
        parts.add(new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes()));

        MvcResult posted = mvc.perform(upload("/imports", parts).with(csrf()).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/imports?run=");
        assertThat(p.counts(jdbc)).isEqualTo(new SmallProvince.Counts(1, 1, 1, 8, 16, 8));
        assertThat(posted.getFlashMap().get("ignored")).isEqualTo(List.of("notes.txt"));
        long id = Long.parseLong(location.substring("/imports?run=".length()));
        assertThat(imports.find(id).orElseThrow().source()).isEqualTo("upload");
        assertThat(imports.find(id).orElseThrow().username()).isEqualTo(TestLogins.SUPERVISOR);

        mvc.perform(get(location).param("lang", "en").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Import " + id)))
                .andExpect(content().string(Matchers.containsString("usage_monthly.csv")))
                .andExpect(content().string(Matchers.containsString("id=\"run-" + id + "\"")));
        mvc.perform(get("/imports").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("导入历史")));
    }

    @Test
    void theUploadNeedsTheCsrfToken() throws Exception {
        SmallProvince p = new SmallProvince(202, 3);
        mvc.perform(upload("/imports", parts(p.write(tmp))).with(logins.as(TestLogins.ADMIN))).andExpect(status().isForbidden());
        assertThat(p.counts(jdbc).total()).isZero();
    }

    @Test
    void managersAndAnalystsMayNotOpenOrUseThePage() throws Exception {
        SmallProvince p = new SmallProvince(203, 3);
        List<MockMultipartFile> parts = parts(p.write(tmp));
        ImportRun run = imports.importFrom(tmp, "someone", ImportService.CLI);
        for (String who : NOT_ALLOWED) {
            mvc.perform(get("/imports").with(logins.as(who))).andExpect(status().isForbidden());
            mvc.perform(upload("/imports", parts).with(csrf()).with(logins.as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/imports/" + run.id() + "/rejects.csv").with(logins.as(who))).andExpect(status().isForbidden());
        }
    }

    @Test
    void rejectsDownloadAsCsvAndTheExportIsAudited() throws Exception {
        SmallProvince p = new SmallProvince(204, 10);
        Path dir = p.write(tmp);
        List<String> usage = new ArrayList<>(p.usage);
        usage.set(0, p.msisdn(0) + ",2024-01,12.345,350,1024.5,12,active");
        SmallProvince.writeUsage(dir, usage);
        ImportRun run = imports.importFrom(dir, "someone", ImportService.CLI, 0.5);

        mvc.perform(get("/imports/" + run.id() + "/rejects.csv").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(Matchers.startsWith("file,line,column,reason,raw\nusage_monthly.csv,2,bill,")));
        assertThat(jdbc.sql("select count(*) from audit_log where username = ? and action = 'export' and subject = ?")
                .params(TestLogins.ADMIN, "import " + run.id() + " rejects").query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/imports/999999999/rejects.csv").with(logins.as(TestLogins.ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void theApiImportsAndAnswersWithTheRun() throws Exception {
        SmallProvince p = new SmallProvince(205, 6);
        List<MockMultipartFile> parts = parts(p.write(tmp));

        MvcResult r = mvc.perform(upload("/api/v1/imports", parts).with(httpBasic(TestLogins.ADMIN, TestLogins.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("succeeded"))
                .andExpect(jsonPath("$.source").value("api"))
                .andExpect(jsonPath("$.months[0]").value("2024-01"))
                .andExpect(jsonPath("$.files[?(@.file == 'subscribers.csv')].loaded").value(6))
                .andReturn();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
        assertThat(p.counts(jdbc).subscribers()).isEqualTo(6);

        mvc.perform(get("/api/v1/imports/" + id).with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.files.length()").value(6));
        mvc.perform(get("/api/v1/imports").with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", Matchers.hasItem((int) id)));
        mvc.perform(get("/api/v1/imports/" + id + "/rejects").with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string("file,line,column,reason,raw\n"));
        mvc.perform(get("/api/v1/imports/999999999").with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFailedApiImportIsUnprocessableAndSaysWhy() throws Exception {
        SmallProvince p = new SmallProvince(206, 4);
        Path dir = p.write(tmp);
        Files.writeString(dir.resolve("subscribers.csv"), "msisdn,region\n" + p.msisdn(0) + ",hangzhou\n");
        mvc.perform(upload("/api/v1/imports", parts(dir)).with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("failed"))
                .andExpect(jsonPath("$.message", Matchers.containsString("subscribers.csv: missing required columns name, brand, join_date")));
        assertThat(p.counts(jdbc).total()).isZero();
    }

    @Test
    void theApiRefusesManagersAndAnalysts() throws Exception {
        SmallProvince p = new SmallProvince(207, 3);
        List<MockMultipartFile> parts = parts(p.write(tmp));
        for (String who : NOT_ALLOWED) {
            mvc.perform(upload("/api/v1/imports", parts).with(httpBasic(who, TestLogins.PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/imports").with(httpBasic(who, TestLogins.PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/imports/1").with(httpBasic(who, TestLogins.PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/imports/1/rejects").with(httpBasic(who, TestLogins.PASSWORD))).andExpect(status().isForbidden());
        }
        assertThat(p.counts(jdbc).total()).isZero();
    }
}
