package dev.retain.app.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import jakarta.servlet.RequestDispatcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Response headers (Content-Security-Policy, Referrer-Policy), a malformed ?lang=, the pages'
 * errors as the product's pages and the API's as JSON problems, the OpenAPI document closed to
 * anonymous callers by default (ServerSecurityTests: open when the setting says so).
 */
@RetainWebTest
class HeadersAndErrorsTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;

    @Test
    void everyResponseCarriesAContentSecurityPolicyWithoutInlineScriptAndAReferrerPolicy() throws Exception {
        for (MvcResult r : new MvcResult[] {
                mvc.perform(get("/login")).andReturn(),
                mvc.perform(get("/supervisor").with(logins.as(TestLogins.SUPERVISOR))).andReturn(),
                mvc.perform(get("/api/v1/cycles").with(logins.as(TestLogins.SUPERVISOR))).andReturn()}) {
            String csp = r.getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("object-src 'none'")
                    .contains("frame-ancestors 'none'").contains("style-src 'self'");
            String scriptSrc = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
            assertThat(scriptSrc).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(r.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void aMalformedLangIsIgnoredOnTheLoginPageAndElsewhere() throws Exception {
        mvc.perform(get("/login").param("lang", "en\"")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("登录 Retain")));
        mvc.perform(get("/login").param("lang", "<script>")).andExpect(status().isOk());
        mvc.perform(get("/supervisor").param("lang", "en\"").with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isOk());
        // a good one still switches
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(Matchers.containsString("Log in to Retain")));
    }

    @Test
    void aBadRequestOnAPageIsTheProductsPageNotJson() throws Exception {
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                get("/cycles/not-a-number/progress"), get("/supervisor").param("month", "2026-13")}) {
            mvc.perform(request.param("lang", "en").with(logins.as(TestLogins.SUPERVISOR)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(Matchers.containsString("id=\"error-body\"")))
                    .andExpect(content().string(Matchers.containsString("This request could not be handled")))
                    .andExpect(content().string(Matchers.containsString("class=\"topbar\"")));
        }
    }

    @Test
    void theApiAnswersRefusalsAndErrorsAsJsonProblems() throws Exception {
        // 401: no credentials
        mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).andExpect(jsonPath("$.status").value(401));
        // 403: a role that may not (method security and a manager asking for another manager's tasks)
        mvc.perform(get("/api/v1/cycles").with(logins.as(TestLogins.PHONE)).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/segments").param("month", "2026-10").with(httpBasic(TestLogins.PHONE, TestLogins.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // 404: no such import
        mvc.perform(get("/api/v1/imports/987654321").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // 400: a malformed id
        mvc.perform(get("/api/v1/imports/not-a-number").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theErrorPageAnswersJsonForTheApiAndTheProductsPageForTheRest() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/nothing-here"))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/tasks").param("lang", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("This request could not be handled")));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/tasks"))
                .andExpect(status().isInternalServerError()).andExpect(content().string(Matchers.containsString("出错了")));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nothing-here").param("lang", "en"))
                .andExpect(status().isNotFound()).andExpect(content().string(Matchers.containsString("Not found")));
    }

    @Test
    void theOpenApiDocumentNeedsCredentialsUnlessTheSettingOpensIt() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/openapi").with(httpBasic(TestLogins.ANALYST, TestLogins.PASSWORD)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", Matchers.containsString("json")))
                .andExpect(jsonPath("$.paths['/api/v1/tasks']").exists())
                // how a client calls it: a bearer key with the operation's scope
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/tasks'].get.description").value(Matchers.containsString("`tasks:read`")));
    }
}
