package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A network alarm's area case collects the area's open complaints of its category and new ones in its window. MSISDNs 1369715xxxx, region 'ct-alarm'. */
@RetainWebTest
class NetworkAlarmApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestLogins logins;
    @Autowired Complaints complaints;

    @Test
    void anAlarmCollectsTheAreasComplaintsOfItsCategoryOpenAndNew() throws Exception {
        ComplaintFixture f = new ComplaintFixture(jdbc);
        f.subscriber("13697150001", "ct-alarm", "b1", "none").subscriber("13697150002", "ct-alarm", "b2", "none")
                .subscriber("13697150003", "ct-alarm", "b1", "none");
        ComplaintView inArea = complaints.receive(new NewComplaint(null, "13697150001", "hotline", "network_coverage", "无信号",
                Instant.parse("2026-11-02T03:00:00Z"), "t-handler"));
        ComplaintView otherBranch = complaints.receive(new NewComplaint(null, "13697150002", "hotline", "network_coverage", "无信号",
                Instant.parse("2026-11-02T03:00:00Z"), "t-handler"));
        ComplaintView otherCategory = complaints.receive(new NewComplaint(null, "13697150001", "hotline", "billing", "扣费",
                Instant.parse("2026-11-02T03:00:00Z"), "t-handler"));
        String alarm = """
                {"externalId": "alarm-1", "region": "ct-alarm", "branch": "b1", "area": "文三路基站", "category": "network_coverage",
                 "startsAt": "2026-11-02T08:00:00+08:00"}""";
        mvc.perform(post("/api/v1/network-alarms").with(logins.as(TestLogins.HANDLER)).contentType(MediaType.APPLICATION_JSON).content(alarm))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.collected").value(1));
        mvc.perform(post("/api/v1/network-alarms").with(logins.as(TestLogins.HANDLER)).contentType(MediaType.APPLICATION_JSON).content(alarm))
                .andExpect(status().isOk());
        long caseId = jdbc.sql("select id from complaint_area_case where external_id = 'alarm-1'").query(Long.class).single();
        ComplaintView later = complaints.receive(new NewComplaint(null, "13697150003", "hall", "network_coverage", "没信号",
                Instant.parse("2026-11-03T03:00:00Z"), "t-handler"));
        assertThat(complaints.find(inArea.id()).orElseThrow().areaCaseId()).isEqualTo(caseId);
        assertThat(later.areaCaseId()).isEqualTo(caseId);
        assertThat(complaints.find(otherBranch.id()).orElseThrow().areaCaseId()).isNull();
        assertThat(complaints.find(otherCategory.id()).orElseThrow().areaCaseId()).isNull();
    }

    @Test
    void aBadAlarmNamesTheFieldAndWrongRolesAreRefused() throws Exception {
        mvc.perform(post("/api/v1/network-alarms").with(logins.as(TestLogins.HANDLER)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"region": "ct-alarm", "category": "network_coverage", "startsAt": "2026-11-02T08:00:00+08:00",
                                 "endsAt": "2026-11-01T08:00:00+08:00"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("endsAt"));
        for (String who : new String[] {TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(post("/api/v1/network-alarms").with(logins.as(who)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"region\": \"ct-alarm\", \"category\": \"x\", \"startsAt\": \"2026-11-02T08:00:00+08:00\"}"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from complaint_area_case where category = 'x'").query(Long.class).single()).isZero();
    }
}
