package dev.retain.app.notify.template;

import java.util.Locale;
import java.util.Map;

/**
 * The admin's message templates (issue 11 point 6): text with {@code {variable}} placeholders in
 * zh-CN and English. Rendering a marketing template adds the sender's signature 【…】 and the
 * opt-out line (回T退订) that the rules for commercial SMS require.
 */
public interface MessageTemplates {

    /**
     * The template {@code code} in {@code language} (zh-CN when it has none in that language)
     * with {@code variables} filled in; throws {@link UnknownTemplateException} for an unknown code
     * and {@link MissingVariableException} when a variable the template uses is not given.
     */
    Rendered render(String code, Locale language, Map<String, String> variables);

    /** The channels template {@code code} is written for (every channel when the implementation does not say). */
    default java.util.Set<dev.retain.app.notify.Channel> channels(String code) {
        return java.util.EnumSet.allOf(dev.retain.app.notify.Channel.class);
    }

    /** A rendered message: the email subject (null for other channels) and the body. */
    record Rendered(String subject, String body, boolean marketing) {
    }
}
