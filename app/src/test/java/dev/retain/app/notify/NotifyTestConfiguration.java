package dev.retain.app.notify;

import dev.retain.app.core.BusinessClock;
import dev.retain.app.notify.template.MessageTemplates;
import dev.retain.app.notify.template.MissingVariableException;
import dev.retain.app.notify.template.UnknownTemplateException;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * What the outbox's tests put into the application: a movable Clock, scripted gateways for SMS and
 * email placed before any real sender, and two message templates of their own (the admin's
 * templates are another part of the issue; these stand before them).
 */
@TestConfiguration(proxyBeanMethods = false)
public class NotifyTestConfiguration {

    @Bean
    MovableInstants movableInstants() {
        return new MovableInstants();
    }

    @Bean
    @Primary
    BusinessClock movableClock(MovableInstants instants) {
        return new BusinessClock(instants, BusinessClock.DEFAULT_ZONE);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ScriptedGateway scriptedSmsGateway() {
        return new ScriptedGateway(Channel.SMS);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ScriptedGateway scriptedEmailGateway() {
        return new ScriptedGateway(Channel.EMAIL);
    }

    /** t-greeting (marketing, needs name) and t-code (service, needs code). */
    @Bean
    @Primary
    MessageTemplates testTemplates() {
        return (code, language, variables) -> switch (code) {
            case "t-greeting" -> new MessageTemplates.Rendered(null, "【保有测试】" + need(code, variables, "name") + "，祝您生日快乐！回T退订", true);
            case "t-code" -> new MessageTemplates.Rendered(null, "您的验证码是" + need(code, variables, "code") + "，5分钟内有效。", false);
            default -> throw new UnknownTemplateException(code);
        };
    }

    private static String need(String template, Map<String, String> variables, String name) {
        String value = variables.get(name);
        if (value == null) throw new MissingVariableException(template, name);
        return value;
    }
}
