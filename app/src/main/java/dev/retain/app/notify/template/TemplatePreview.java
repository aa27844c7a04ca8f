package dev.retain.app.notify.template;

import dev.retain.app.notify.MessageClass;
import dev.retain.engine.sms.SmsText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template as a customer would receive it, for the editor while the admin types: each
 * language's text filled with the variables' samples, with the signature and opt-out line of a
 * marketing template, and what the SMS gateway makes of it (GSM-7 or UCS-2, and the segments,
 * which the province pays for: the engine's {@link SmsText#plan}). The problems are those a save
 * would refuse.
 */
public record TemplatePreview(List<Language> languages, List<TemplateProblem> problems) {

    /** One language's rendering: {@code units} are septets (GSM-7) or UTF-16 units (UCS-2). */
    public record Language(String language, String subject, String text, SmsText.Encoding encoding, int units, int segments,
                           int unitsPerSegment) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)\\}");

    public static TemplatePreview of(TemplateDraft draft, MarketingLines lines) {
        List<Language> out = new ArrayList<>();
        boolean marketing = draft.messageClass() == MessageClass.MARKETING;
        if (draft.bodyZh() != null) out.add(language("zh-CN", Locale.SIMPLIFIED_CHINESE, draft.subjectZh(), draft.bodyZh(), marketing, lines));
        if (draft.bodyEn() != null) out.add(language("en", Locale.ENGLISH, draft.subjectEn(), draft.bodyEn(), marketing, lines));
        return new TemplatePreview(out, TemplateCheck.problems(draft));
    }

    private static Language language(String tag, Locale locale, String subject, String body, boolean marketing, MarketingLines lines) {
        String text = samples(body, locale);
        if (marketing) text = lines.around(text, MessageTemplateLanguages.isEnglish(locale));
        SmsText.Plan plan = SmsText.plan(text);
        return new Language(tag, samples(subject, locale), text, plan.encoding(), plan.units(), plan.segments(), plan.unitsPerSegment());
    }

    /** Every variable the system fills replaced by its sample; anything else left as written, for the problem list to name. */
    private static String samples(String text, Locale locale) {
        if (text == null) return null;
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String sample = TemplateVariables.find(m.group(1)).map(v -> v.sample(locale)).orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(sample));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Every variable the system fills with its sample in {@code locale}: what a render of any template can be given. */
    public static Map<String, String> sampleValues(Locale locale) {
        Map<String, String> m = new LinkedHashMap<>();
        TemplateVariables.all().forEach(v -> m.put(v.name(), v.sample(locale)));
        return m;
    }
}
