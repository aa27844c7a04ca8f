package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.AuditLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every upload of contract files, on the page or through the API, is in the audit log as {@code import} (docs/data-formats.md). */
@RetainWebTest
class UploadAuditTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired AuditLog auditLog;
    @TempDir Path tmp;

    @Test
    void aPageUploadIsAuditedEvenWhenTheImportFails() throws Exception {
        // a managers.csv without its columns: the import fails and keeps nothing, but the upload happened
        MvcResult posted = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("files", "managers.csv", "text/csv", "id,who\n1,x\n".getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(posted.getResponse().getRedirectedUrl().substring("/imports?run=".length()));

        List<AuditLog.Entry> entries = auditLog.page(TestLogins.SUPERVISOR, AuditLog.IMPORT, 0, 20);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("import " + id);
            assertThat(e.detail()).contains("managers.csv").contains("ignored notes.txt").endsWith(": failed");
        });
    }

    @Test
    void anApiUploadIsAuditedWithItsFilesAndCounts() throws Exception {
        SmallProvince p = new SmallProvince(204, 3);
        Path dir = p.write(tmp);
        var request = multipart("/api/v1/imports");
        for (String f : ImportService.contractFiles()) {
            if (!Files.exists(dir.resolve(f))) continue; // regions.csv is optional: this province has none
            request.file(new MockMultipartFile("files", f, "text/csv", Files.readAllBytes(dir.resolve(f))));
        }
        String body = mvc.perform(request.with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));

        assertThat(auditLog.page(TestLogins.ADMIN, AuditLog.IMPORT, 0, 20)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("import " + id);
            assertThat(e.detail()).contains("subscribers.csv 3/3").endsWith(": succeeded");
        });
    }
}
