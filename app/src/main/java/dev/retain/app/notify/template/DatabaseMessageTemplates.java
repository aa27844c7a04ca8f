package dev.retain.app.notify.template;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * {@link MessageTemplates} over the admin's templates: the text in the asked language (zh-CN
 * when the template has no English), the variables filled, and for a marketing template the
 * signature and the opt-out line in force around it.
 */
@Service
class DatabaseMessageTemplates implements MessageTemplates {

    private final MessageTemplateStore store;
    private final TemplateSettings settings;

    DatabaseMessageTemplates(MessageTemplateStore store, TemplateSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public java.util.Set<dev.retain.app.notify.Channel> channels(String code) {
        MessageTemplate t = store.find(code).orElseThrow(() -> new UnknownTemplateException(code));
        return t.channels().isEmpty() ? java.util.EnumSet.noneOf(dev.retain.app.notify.Channel.class) : java.util.EnumSet.copyOf(t.channels());
    }

    @Override
    public Rendered render(String code, Locale language, Map<String, String> variables) {
        MessageTemplate t = store.find(code).orElseThrow(() -> new UnknownTemplateException(code));
        boolean english = t.englishFor(language);
        Map<String, String> values = variables == null ? Map.of() : variables;
        String subject = TemplateText.fill(code, english ? t.subjectEn() : t.subjectZh(), values);
        String body = TemplateText.fill(code, english ? t.bodyEn() : t.bodyZh(), values);
        if (t.marketing()) body = settings.lines().around(body, english);
        return new Rendered(subject, body, t.marketing());
    }
}
