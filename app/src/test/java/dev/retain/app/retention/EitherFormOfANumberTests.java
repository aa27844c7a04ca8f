package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.assignment.AssignmentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer whose export wrote the number with +86 (docs/data-formats.md, "One number, two
 * forms"): the database keys on the national number; a number typed in any form (the API's
 * search, the contacts API, the reassignment page) finds them; screens show the number as received.
 * MSISDNs 1390009xxxx.
 */
@RetainWebTest
class EitherFormOfANumberTests {

    private static final String KEY = "13900090001";
    private static final String RECEIVED = "+86" + KEY;

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void aCustomerImportedWithPlus86() {
        if (jdbc.sql("select count(*) from subscriber where msisdn = ?").param(KEY).query(Long.class).single() == 0) {
            new WorkbenchFixture(jdbc).insert(WorkbenchFixture.yellow(KEY, "PM-T1"));
            jdbc.sql("update subscriber set msisdn_received = ? where msisdn = ?").params(RECEIVED, KEY).update();
        }
    }

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String customerKey() {
        return jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(KEY).query(String.class).single();
    }

    private static String search(String number) {
        return "{\"msisdn\":\"" + number + "\"}";
    }

    @Test
    void everyFormFindsTheCustomerWhoseScreensShowTheNumberAsReceived() throws Exception {
        for (String form : new String[] {KEY, RECEIVED, "86" + KEY, "0086" + KEY}) {
            mvc.perform(post("/api/v1/subscribers/search").with(logins.as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                            .content(search(form)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.customerKey").value(customerKey()))
                    .andExpect(jsonPath("$.msisdn").value("139****0001"));
        }
        assertThat(page(TestLogins.PHONE, "/customers/" + customerKey())).contains("139****0001").doesNotContain(KEY);
        assertThat(mvc.perform(post("/customers/" + customerKey() + "/reveal").with(csrf()).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(">" + RECEIVED + "<");
        mvc.perform(post("/api/v1/subscribers/search").with(logins.as(TestLogins.OTHER_PHONE)).contentType(MediaType.APPLICATION_JSON)
                .content(search(RECEIVED))).andExpect(status().isForbidden());
    }

    @Test
    void theApiRevealsTheNumberAsReceivedAndStoresContactsUnderTheCanonicalOne() throws Exception {
        mvc.perform(post("/api/v1/subscribers/" + customerKey() + "/reveal").with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.msisdn").value(RECEIVED));
        mvc.perform(get("/api/v1/subscribers/" + customerKey()).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.msisdn").value("139****0001"));

        mvc.perform(post("/api/v1/contacts").with(logins.as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"msisdn\":\"" + RECEIVED + "\",\"channel\":\"phone_manager\",\"outcome\":\"reached\",\"notes\":\"+86 form\"}"))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from contact where msisdn = ? and notes = '+86 form'").param(KEY).query(Long.class).single())
                .as("stored under the canonical number").isEqualTo(1);
        mvc.perform(get("/api/v1/contacts").param("customerKey", customerKey()).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].notes").value("+86 form"));
    }

    @Test
    void theReassignmentPageFindsAndMovesACustomerTypedInEitherForm() throws Exception {
        new AssignmentFixtures(jdbc).manager("EFN-CM1", "customer_manager", "EFN", 5, true).manager("EFN-CM2", "customer_manager", "EFN", 5, true)
                .customer("13900090011", "EFN", "EFN-CM1", "customer_manager");
        String key = jdbc.sql("select customer_key::text from subscriber where msisdn = '13900090011'").query(String.class).single();
        mvc.perform(post("/supervisor/reassign/lookup").param("msisdn", "+8613900090011").with(csrf())
                        .with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/supervisor/reassign?customer=" + key));

        mvc.perform(post("/supervisor/reassign").param("msisdn", " +8613900090011 ").param("managerId", "EFN-CM2")
                .with(logins.as(TestLogins.SUPERVISOR)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select manager_id from assignment where msisdn = '13900090011'").query(String.class).single()).isEqualTo("EFN-CM2");
    }
}
