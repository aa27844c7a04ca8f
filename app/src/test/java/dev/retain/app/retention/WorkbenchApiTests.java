package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.PersonalData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The workbench's REST API: scoping, masking, audited reveal, outcomes and contacts, 403s. MSISDNs 1390004xxxx. */
@RetainWebTest
class WorkbenchApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestLogins.PASSWORD);
    }

    @Test
    void subscriberProfilesAreAddressedByKeyScopedAndMasked() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900040001", "PM-T1"));
        String key = f.keyOf("13900040001");
        String json = mvc.perform(get("/api/v1/subscribers/" + key).with(as(TestLogins.PHONE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerKey").value(key))
                .andExpect(jsonPath("$.msisdn").value(PersonalData.maskMsisdn("13900040001")))
                .andExpect(jsonPath("$.name").value("王**"))
                .andExpect(jsonPath("$.revealed").value(false))
                // birth date, branch and join date are personal data: the decade and the tenure stand in
                .andExpect(jsonPath("$.birthDate").doesNotExist()).andExpect(jsonPath("$.birthDecade").value(1980))
                .andExpect(jsonPath("$.branch").doesNotExist()).andExpect(jsonPath("$.region").value("hangzhou"))
                .andExpect(jsonPath("$.joinDate").doesNotExist()).andExpect(jsonPath("$.tenureYears").isNumber())
                .andExpect(jsonPath("$.tier").value("gold"))
                .andExpect(jsonPath("$.managerId").value("PM-T1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("13900040001").doesNotContain("1985-03-08").doesNotContain("xihu");
        mvc.perform(get("/api/v1/subscribers/" + key).with(as(TestLogins.OTHER_PHONE))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/subscribers/" + key).with(as(TestLogins.ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/subscribers/00000000-0000-4000-8000-000000000000").with(as(TestLogins.SUPERVISOR)))
                .andExpect(status().isNotFound());
        // a number is no address: it would land in access logs
        mvc.perform(get("/api/v1/subscribers/13900040001").with(as(TestLogins.SUPERVISOR))).andExpect(status().isNotFound());
    }

    @Test
    void aNumberTheCallerKnowsGoesInTheBodyInEitherForm() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900040061", "PM-T1"));
        String key = f.keyOf("13900040061");
        for (String form : new String[] {"13900040061", "+8613900040061", " 008613900040061 "}) {
            mvc.perform(post("/api/v1/subscribers/search").with(as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"msisdn\":\"" + form + "\"}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.customerKey").value(key))
                    .andExpect(jsonPath("$.msisdn").value("139****0061"));
        }
        mvc.perform(post("/api/v1/subscribers/search").with(as(TestLogins.OTHER_PHONE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\":\"13900040061\"}")).andExpect(status().isForbidden());
        // to a manager, an unknown number reads as someone else's customer: refusals tell nothing
        mvc.perform(post("/api/v1/subscribers/search").with(as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\":\"13900049999\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/subscribers/search").with(as(TestLogins.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\":\"13900049999\"}")).andExpect(status().isNotFound());
    }

    @Test
    void aRevealIsAPostAuditedAndRefusedToAnalysts() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900040011", "PM-T1"));
        String key = f.keyOf("13900040011");
        mvc.perform(post("/api/v1/subscribers/" + key + "/reveal").with(as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.msisdn").value("13900040011"))
                .andExpect(jsonPath("$.name").value("王小明")).andExpect(jsonPath("$.birthDate").value("1985-03-08"))
                .andExpect(jsonPath("$.branch").value("xihu")).andExpect(jsonPath("$.joinDate").value("2012-05-01"))
                .andExpect(jsonPath("$.revealed").value(true));
        assertThat(f.auditEntries(TestLogins.PHONE, AuditLog.REVEAL, "customer " + key)).isEqualTo(1);
        mvc.perform(get("/api/v1/subscribers/" + key).param("reveal", "true").with(as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revealed").value(false));
        mvc.perform(post("/api/v1/subscribers/" + key + "/reveal").with(as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/subscribers/" + key + "/reveal").with(as(TestLogins.OTHER_PHONE))).andExpect(status().isForbidden());
        assertThat(f.auditEntries(TestLogins.ANALYST, AuditLog.REVEAL, "customer " + key)).isZero();
        assertThat(f.auditEntries(TestLogins.PHONE, AuditLog.REVEAL, "customer " + key)).isEqualTo(1);
    }

    @Test
    void taskListsAreScopedToTheManager() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        // the highest priorities in the test database, so they are on the first page of every list
        f.insert(WorkbenchFixture.yellow("13900040021", "CM-T1").priority(2_000_000_001L));
        f.insert(WorkbenchFixture.yellow("13900040022", "CM-T2").priority(2_000_000_000L));
        String mask1 = PersonalData.maskMsisdn("13900040021");
        String mine = mvc.perform(get("/api/v1/tasks").param("size", "5").with(as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].msisdn").value(mask1))
                .andExpect(jsonPath("$[0].customerKey").value(f.keyOf("13900040021")))
                .andExpect(jsonPath("$[0].managerId").value("CM-T1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).doesNotContain("CM-T2").doesNotContain("13900040021");
        mvc.perform(get("/api/v1/tasks").param("managerId", "CM-T2").with(as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tasks").param("size", "2").with(as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].managerId").value("CM-T1")).andExpect(jsonPath("$[1].managerId").value("CM-T2"));
        mvc.perform(get("/api/v1/tasks").param("managerId", "CM-T2").param("size", "1").with(as(TestLogins.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].managerId").value("CM-T2"));
        mvc.perform(get("/api/v1/tasks").param("status", "nonsense").with(as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void outcomesCloseOrRescheduleTasks() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String closed = f.insert(WorkbenchFixture.yellow("13900040031", "PM-T1"));
        String rescheduled = f.insert(WorkbenchFixture.yellow("13900040032", "PM-T1"));
        mvc.perform(post("/api/v1/tasks/" + closed + "/outcome").with(as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"phone_manager\",\"outcome\":\"refused\",\"declineReason\":\"price\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.taskId").value(closed));
        assertThat(f.taskStatus(closed)).isEqualTo("done");
        LocalDate followUp = LocalDate.now().plusDays(5);
        mvc.perform(post("/api/v1/tasks/" + rescheduled + "/outcome").with(as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"phone_manager\",\"outcome\":\"reached\",\"followUpDate\":\"" + followUp + "\"}"))
                .andExpect(status().isOk());
        assertThat(f.taskStatus(rescheduled)).isEqualTo("open");
        assertThat(f.taskDue(rescheduled)).isEqualTo(followUp);
        // a second outcome for the closed task finds no open task
        mvc.perform(post("/api/v1/tasks/" + closed + "/outcome").with(as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"phone_manager\",\"outcome\":\"reached\"}")).andExpect(status().isNotFound());
    }

    @Test
    void outcomesAreValidatedAndRefusedToTheWrongUsers() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String taskId = f.insert(WorkbenchFixture.yellow("13900040041", "PM-T1"));
        String body = "{\"channel\":\"phone_manager\",\"outcome\":\"reached\"}";
        mvc.perform(post("/api/v1/tasks/" + taskId + "/outcome").with(as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"phone_manager\",\"outcome\":\"refused\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/tasks/" + taskId + "/outcome").with(as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"fax\",\"outcome\":\"reached\"}")).andExpect(status().isBadRequest());
        for (String user : new String[] {TestLogins.ANALYST, TestLogins.ADMIN, TestLogins.OTHER_PHONE}) {
            mvc.perform(post("/api/v1/tasks/" + taskId + "/outcome").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andExpect(status().isForbidden());
        }
        assertThat(f.contactsOf("13900040041")).isZero();
        mvc.perform(post("/api/v1/tasks/" + taskId + "/outcome").with(as(TestLogins.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk());
        assertThat(f.taskStatus(taskId)).isEqualTo("done");
    }

    @Test
    void contactsWithoutATaskAreRecordedAndListedWithinScope() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String taskId = f.insert(WorkbenchFixture.yellow("13900040051", "CM-T1"));
        mvc.perform(post("/api/v1/contacts").with(as(TestLogins.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"msisdn\":\"13900040051\",\"channel\":\"hotline_10086\",\"outcome\":\"complaint_raised\","
                                + "\"notes\":\"信号差\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber());
        assertThat(f.taskStatus(taskId)).isEqualTo("open");
        String key = f.keyOf("13900040051");
        mvc.perform(post("/api/v1/contacts").with(as(TestLogins.CUSTOMER_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerKey\":\"" + key + "\",\"channel\":\"customer_manager\",\"outcome\":\"reached\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/contacts").param("customerKey", key).with(as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[1].channel").value("hotline_10086"))
                .andExpect(jsonPath("$[1].notes").value("信号差")).andExpect(jsonPath("$[1].username").value(TestLogins.SUPERVISOR));
        mvc.perform(get("/api/v1/contacts").param("customerKey", key).with(as(TestLogins.OTHER_CUSTOMER_MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contacts").with(as(TestLogins.ANALYST)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\":\"13900040051\",\"channel\":\"sms\",\"outcome\":\"reached\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contacts").with(as(TestLogins.OTHER_CUSTOMER_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\":\"13900040051\",\"channel\":\"sms\",\"outcome\":\"reached\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contacts").with(as(TestLogins.CUSTOMER_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"sms\",\"outcome\":\"reached\"}")).andExpect(status().isBadRequest());
        assertThat(f.contactsOf("13900040051")).isEqualTo(2);
    }

    @Test
    void theEndpointsAreDocumentedInTheOpenApiDescription() throws Exception {
        String doc = mvc.perform(get("/api/v1/openapi").with(as(TestLogins.ANALYST))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/subscribers/{customerKey}").contains("/api/v1/subscribers/search")
                .contains("/api/v1/subscribers/{customerKey}/reveal").doesNotContain("{msisdn}").contains("/api/v1/tasks/{taskId}/outcome")
                .contains("/api/v1/tasks").contains("/api/v1/contacts").contains("Record a contact, with or without a task");
    }

    @Test
    void theApiDocsPageOpensWithALogin() throws Exception {
        // retain serve keeps it behind a login (retain.security.openapi-public; ServerSecurityTests: open in the demo)
        mvc.perform(get("/api/v1/docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/docs").with(as(TestLogins.ANALYST))).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/api/v1/swagger-ui/index.html")));
        mvc.perform(get("/api/v1/swagger-ui/index.html").with(as(TestLogins.ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
    }
}
