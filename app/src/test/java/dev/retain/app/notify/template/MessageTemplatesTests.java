package dev.retain.app.notify.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retain.app.RetainWebTest;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.security.Role;
import dev.retain.app.security.RetainUser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rendering the admin's templates, and what a save refuses. Template codes of this class start with {@code tt_}. */
@RetainWebTest
class MessageTemplatesTests {

    private static final RetainUser ADMIN = new RetainUser("t-admin", "测试管理员", Role.ADMIN, null);

    @Autowired MessageTemplates templates;
    @Autowired MessageTemplateStore store;

    @Test
    void aMarketingTemplateGetsTheSignatureAndTheOptOutLineInItsLanguage() {
        MessageTemplates.Rendered zh = templates.render("birthday", Locale.SIMPLIFIED_CHINESE,
                Map.of("honorific", "王先生", "manager_name", "李娜"));
        assertThat(zh.body()).isEqualTo("【浙江移动】王先生，祝您生日快乐、身体健康、万事如意！您的客户经理李娜敬上。回T退订");
        assertThat(zh.subject()).isEqualTo("生日快乐");
        assertThat(zh.marketing()).isTrue();

        MessageTemplates.Rendered en = templates.render("birthday", Locale.ENGLISH, Map.of("honorific", "Mr Wang", "manager_name", "Li Na"));
        assertThat(en.body()).isEqualTo("【浙江移动】Dear Mr Wang, happy birthday! Wishing you good health and every success. "
                + "Your account manager, Li Na. Reply T to opt out");
        assertThat(en.subject()).isEqualTo("Happy birthday");
    }

    @Test
    void aServiceTemplateIsRenderedAsWrittenAndVariablesAreFilledOnce() {
        MessageTemplates.Rendered code = templates.render("one_time_code", Locale.CHINA, Map.of("code", "{minutes}", "minutes", "5"));
        assertThat(code.body()).as("a value is never read again as a template").isEqualTo("您的验证码为{minutes}，5分钟内有效，请勿告诉他人。");
        assertThat(code.marketing()).isFalse();
        assertThat(code.subject()).isNull();
    }

    @Test
    void aMissingVariableOrAnUnknownCodeIsNamed() {
        MissingVariableException missing = catchThrowableOfType(MissingVariableException.class,
                () -> templates.render("points_expiry", Locale.CHINA, Map.of("honorific", "王先生", "points", "3,200")));
        assertThat(missing.variable()).isEqualTo("date");
        assertThat(missing).hasMessage("template 'points_expiry' needs the variable {date}");
        assertThatThrownBy(() -> templates.render("no_such_template", Locale.CHINA, Map.of()))
                .isInstanceOf(UnknownTemplateException.class).hasMessageContaining("no_such_template");
    }

    @Test
    void aTemplateWithoutEnglishIsRenderedInChineseForEveryone() {
        store.create(new TemplateDraft("tt_zh_only", MessageClass.SERVICE, List.of(Channel.SMS), List.of("ticket"), null,
                "投诉{ticket}已办结。", null, null), ADMIN);
        assertThat(templates.render("tt_zh_only", Locale.ENGLISH, Map.of("ticket", "C1")).body()).isEqualTo("投诉C1已办结。");
    }

    @Test
    void aSaveWithAVariableTheSystemCannotFillIsRefusedNamingIt() {
        TemplateRefusedException refused = catchThrowableOfType(TemplateRefusedException.class, () -> store.create(
                new TemplateDraft("tt_unknown", MessageClass.MARKETING, List.of(Channel.SMS), List.of("honorific"), null,
                        "{honorific}，您的会员等级为{vip_level}。", null, null), ADMIN));
        assertThat(refused.problems()).extracting(TemplateProblem::key, TemplateProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unknownVariable", List.of("vip_level")));
        assertThat(refused).hasMessage("{vip_level} is not a variable the system fills");
        assertThat(store.find("tt_unknown")).as("nothing stored").isEmpty();

        TemplateRefusedException declared = catchThrowableOfType(TemplateRefusedException.class, () -> store.create(
                new TemplateDraft("tt_undeclared", MessageClass.MARKETING, List.of(Channel.SMS), List.of("bogus_var"), null,
                        "{honorific}，您好。{date", null, null), ADMIN));
        assertThat(declared.problems()).extracting(TemplateProblem::key, p -> p.args().get(0)).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("unknownVariable", "bogus_var"),
                org.assertj.core.groups.Tuple.tuple("undeclaredVariable", "honorific"),
                org.assertj.core.groups.Tuple.tuple("strayBrace", "，您好。{date"));
    }

    @Test
    void emailNeedsASubjectAndInAppIsForStaffOnly() {
        TemplateRefusedException refused = catchThrowableOfType(TemplateRefusedException.class, () -> store.create(
                new TemplateDraft("tt_mixed", MessageClass.MARKETING, List.of(Channel.EMAIL, Channel.IN_APP), List.of(), null,
                        "您好。", null, "Hello."), ADMIN));
        assertThat(refused.problems()).extracting(TemplateProblem::key)
                .containsExactlyInAnyOrder("inAppAlone", "inAppService", "subjectRequired", "subjectRequired");
    }

    @Test
    void everySaveIsAVersionAndAStaleEditIsRefused() {
        TemplateDraft first = new TemplateDraft("tt_versions", MessageClass.MARKETING, List.of(Channel.SMS), List.of("honorific"), null,
                "{honorific}，您好。", null, null);
        assertThat(store.create(first, ADMIN).version()).isEqualTo(1);
        TemplateDraft second = new TemplateDraft(null, MessageClass.MARKETING, List.of(Channel.SMS, Channel.EMAIL), List.of("honorific"),
                "问候", "{honorific}，您好！", null, null);
        MessageTemplate saved = store.update("tt_versions", 1, second, ADMIN);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.channels()).containsExactly(Channel.SMS, Channel.EMAIL);
        assertThat(store.history("tt_versions")).extracting(MessageTemplate::version, MessageTemplate::bodyZh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "{honorific}，您好！"), org.assertj.core.groups.Tuple.tuple(1, "{honorific}，您好。"));

        TemplateRefusedException stale = catchThrowableOfType(TemplateRefusedException.class, () -> store.update("tt_versions", 1, first, ADMIN));
        assertThat(stale.problems()).extracting(TemplateProblem::key).containsExactly("changedMeanwhile");
        assertThat(store.find("tt_versions").orElseThrow().bodyZh()).isEqualTo("{honorific}，您好！");
    }

    @Test
    void everyShippedTemplatePassesItsOwnCheckAndHasBothLanguages() {
        List<String> moments = List.of("birthday", "festival", "points_expiry", "contract_expiry", "payment_due", "suspension_care",
                "no_contact_reminder", "region_event", "one_time_code", "complaint_update");
        for (String code : moments) {
            MessageTemplate t = store.find(code).orElseThrow(() -> new AssertionError("no shipped template " + code));
            assertThat(TemplateCheck.problems(TemplateDraft.of(t))).as(code).isEmpty();
            assertThat(t.hasEnglish()).as(code + " in English").isTrue();
            Map<String, String> samples = TemplatePreview.sampleValues(Locale.CHINA);
            assertThat(templates.render(code, Locale.CHINA, samples).body()).as(code).doesNotContain("{");
        }
    }
}
