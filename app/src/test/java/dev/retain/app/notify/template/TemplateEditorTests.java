package dev.retain.app.notify.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.Role;
import dev.retain.app.security.RetainUser;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin's template screens: list, editor, live preview, refusals named, history, roles. Codes start with {@code te_}. */
@RetainWebTest
class TemplateEditorTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired MessageTemplates templates;
    @Autowired TemplateSettings settings;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder r, String body) {
        return r.with(csrf()).param("messageClass", "marketing").param("channels", "sms").param("variables", "honorific", "festival")
                .param("bodyZh", body);
    }

    @Test
    void theListShowsTheShippedTemplatesAndTheEditorItsPreviewAndHistory() throws Exception {
        String list = page(get("/admin/templates"));
        assertThat(list).contains("生日祝福").contains("<code class=\"muted\">birthday</code>").contains("停机关怀")
                .contains("id=\"line-signature\"").contains("【浙江移动】");
        String editor = page(get("/admin/templates/festival"));
        assertThat(editor).contains("节日祝福").contains("id=\"template-preview\"")
                .contains("【浙江移动】王先生，中秋节将至") // the preview with the samples, the signature first
                .contains("UCS-2 编码").contains("id=\"version-1\"");
    }

    @Test
    void thePreviewCountsTheSignatureAndTheOptOutLineInTheSegments() throws Exception {
        String sixty = "王".repeat(54) + "{honorific}"; // 54 + 3 characters of the sample: 57, with 【浙江移动】 and 回T退订 67
        String one = page(form(post("/admin/templates/preview"), sixty));
        assertThat(one).contains("67 个字符 · 1 条短信（每条 70 个字符）");
        String two = page(form(post("/admin/templates/preview"), sixty + "王王王王"));
        assertThat(two).as("71 characters: two segments of 67").contains("71 个字符 · 2 条短信（每条 67 个字符）");
        String service = page(form(post("/admin/templates/preview"), sixty + "王王王王").param("messageClass", "service"));
        assertThat(service).as("no lines for service").contains("61 个字符 · 1 条短信");
        String english = page(form(post("/admin/templates/preview"), "好").param("bodyEn", "Hello {honorific}").param("lang", "en"));
        assertThat(english).contains("【浙江移动】Hello Mr Wang Reply T to opt out").contains("UCS-2");
        String plain = page(form(post("/admin/templates/preview"), "好").param("bodyEn", "Hello {honorific}").param("messageClass", "service"));
        assertThat(plain).contains("Hello Mr Wang").contains("GSM-7 编码 · 13 个字符");
    }

    @Test
    void aSaveWithAnUnknownVariableIsRefusedOnThePageNamingIt() throws Exception {
        String refused = page(form(post("/admin/templates"), "{honorific}，您的等级是{vip_level}。").param("code", "te_refused"));
        assertThat(refused).contains("id=\"template-problems\"").contains("变量 {vip_level} 不是系统能够填写的变量");
        assertThat(jdbc.sql("select count(*) from message_template where code = 'te_refused'").query(Long.class).single()).isZero();
        String preview = page(form(post("/admin/templates/preview"), "{vip_level}").param("lang", "en"));
        assertThat(preview).contains("The variable {vip_level} is not one the system fills.");
    }

    @Test
    void aNewTemplateIsSavedThenEditedAsANewVersionAndEverySaveIsAudited() throws Exception {
        mvc.perform(form(post("/admin/templates"), "{honorific}，{festival}快乐！").param("code", "te_new").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/templates/te_new"));
        mvc.perform(form(post("/admin/templates/te_new"), "{honorific}，祝您{festival}快乐！").param("version", "1")
                        .with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(templates.render("te_new", Locale.CHINA, Map.of("honorific", "王先生", "festival", "春节")).body())
                .isEqualTo("【浙江移动】王先生，祝您春节快乐！回T退订");
        String editor = page(get("/admin/templates/te_new"));
        assertThat(editor).contains("id=\"version-2\"").contains("id=\"version-1\"");
        assertThat(jdbc.sql("select detail from audit_log where action = 'template_saved' and subject = 'template te_new' order by id")
                .query(String.class).list()).containsExactly("version 1", "version 2");

        String stale = page(form(post("/admin/templates/te_new"), "过期的修改").param("version", "1"));
        assertThat(stale).contains("您打开此模板后已有他人保存");
    }

    @Test
    void theSignatureIsASettingEveryMarketingRenderUsesAndItIsAudited() throws Exception {
        try {
            mvc.perform(post("/admin/templates/lines").with(csrf()).param("signature", "【浙江移动杭州】").param("optOutZh", "回TD退订")
                    .param("optOutEn", "Reply TD to opt out").with(logins.as(TestLogins.ADMIN))).andExpect(status().is3xxRedirection());
            assertThat(templates.render("birthday", Locale.CHINA, Map.of("honorific", "王先生", "manager_name", "李娜")).body())
                    .startsWith("【浙江移动杭州】王先生").endsWith("敬上。回TD退订");
            assertThat(jdbc.sql("select detail from audit_log where action = 'template_setting_saved' and subject = 'signature' order by id desc limit 1")
                    .query(String.class).single()).isEqualTo("【浙江移动】 → 【浙江移动杭州】");
            String refused = page(post("/admin/templates/lines").with(csrf()).param("signature", "浙江移动").param("optOutZh", "回T退订")
                    .param("optOutEn", "Reply T to opt out"));
            assertThat(refused).contains("签名须为全角括号中的 2 至 16 个字符");
        } finally {
            settings.save(TemplateSettings.DEFAULTS, new RetainUser("t-admin", "测试管理员", Role.ADMIN, null));
        }
    }

    @Test
    void onlyTheAdminReachesTheTemplates() throws Exception {
        for (String user : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/admin/templates").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/templates/birthday").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(form(post("/admin/templates/birthday"), "改").param("version", "1").with(logins.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(form(post("/admin/templates/preview"), "改").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/templates/lines").with(csrf()).param("signature", "【某某】").with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select body_zh from message_template where code = 'birthday'").query(String.class).single()).doesNotContain("改");
    }
}
