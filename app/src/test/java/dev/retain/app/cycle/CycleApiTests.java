package dev.retain.app.cycle;

import static dev.retain.app.cycle.CycleTestProvince.MONTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.segment.Segments;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** /api/v1/cycles and /api/v1/segments: who may do what, and what comes back. */
@RetainWebTest
class CycleApiTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired CycleService cycles;
    @Autowired Segments segments;
    @Autowired DataSource dataSource;

    @BeforeEach
    void province() {
        CycleTestProvince.loadedInto(dataSource);
    }

    @Test
    void aSupervisorQueuesARunAndFollowsIt() throws Exception {
        String body = mvc.perform(post("/api/v1/cycles").contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"" + MONTH + "\"}")
                        .with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("queued"))
                .andExpect(jsonPath("$.month").value(MONTH.toString()))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        CycleTestSupport.awaitFinished(cycles, id);

        mvc.perform(get("/api/v1/cycles/" + id).with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("succeeded"))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.summary.zones.red").value(Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.summary.app_timings_ms.engine").isNumber());
        mvc.perform(get("/api/v1/cycles").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").isNumber());
    }

    @Test
    void managersAndAnalystsMayNotStartARun() throws Exception {
        for (String wrong : new String[] {TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(post("/api/v1/cycles").contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"" + MONTH + "\"}")
                    .with(logins.as(wrong))).andExpect(status().isForbidden());
        }
        for (String wrong : new String[] {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/api/v1/cycles").with(logins.as(wrong))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/cycles")).andExpect(status().isUnauthorized());
    }

    @Test
    void aBadMonthIsABadRequestAndAnUnknownRunIsNotFound() throws Exception {
        mvc.perform(post("/api/v1/cycles").contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"october\"}")
                .with(logins.as(TestLogins.ADMIN))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cycles/987654321").with(logins.as(TestLogins.ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void segmentsComeMaskedToSupervisorsAdminsAndAnalysts() throws Exception {
        cycles.runNow(MONTH, "t-supervisor");
        long red = segments.zoneCounts(MONTH).get("red");
        assertThat(red).isPositive();
        for (String allowed : new String[] {TestLogins.ANALYST, TestLogins.SUPERVISOR, TestLogins.ADMIN}) {
            mvc.perform(get("/api/v1/segments").param("month", MONTH.toString()).param("zone", "red").param("size", "5")
                            .with(logins.as(allowed)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value((int) red))
                    .andExpect(jsonPath("$.rows.length()").value((int) Math.min(5, red)))
                    .andExpect(jsonPath("$.rows[0].zone").value("red"))
                    .andExpect(jsonPath("$.rows[0].msisdn").value(Matchers.containsString("****")));
        }
        for (String wrong : new String[] {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/api/v1/segments").param("month", MONTH.toString()).with(logins.as(wrong)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/segments").param("month", "10/2030").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isBadRequest());
    }
}
