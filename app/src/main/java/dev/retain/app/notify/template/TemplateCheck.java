package dev.retain.app.notify.template;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a template must be to be saved (and what the preview reports as it is typed): every
 * declared variable one the system fills ({@link TemplateVariables}), every placeholder of every
 * text a declared variable, no stray brace, a zh-CN text, a subject for email, and in-app
 * notifications (to staff) kept apart from messages to customers. Each problem names the
 * variable or the field.
 */
public final class TemplateCheck {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,49}");
    /** Far beyond any SMS (a 2,000-character text is 30 segments): a limit against pasted documents. */
    static final int MAX_TEXT = 2000;

    private TemplateCheck() {
    }

    public static List<TemplateProblem> problems(TemplateDraft d) {
        List<TemplateProblem> p = new ArrayList<>();
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            p.add(new TemplateProblem("code", "code", List.of(), "the code must be 2-50 lower-case letters, digits or underscores, starting with a letter"));
        }
        if (d.messageClass() == null) p.add(new TemplateProblem("messageClass", "class", List.of(), "choose service or marketing"));
        if (d.channels().isEmpty()) p.add(new TemplateProblem("channels", "channels", List.of(), "choose at least one channel"));
        if (d.channels().contains(Channel.CALL)) p.add(new TemplateProblem("channels", "channels", List.of(), "a call is not a message"));
        if (d.channels().contains(Channel.IN_APP) && d.channels().size() > 1) {
            p.add(new TemplateProblem("channels", "inAppAlone", List.of(), "an in-app notification goes to staff: it cannot share a template with messages to customers"));
        }
        if (d.channels().contains(Channel.IN_APP) && d.messageClass() == MessageClass.MARKETING) {
            p.add(new TemplateProblem("messageClass", "inAppService", List.of(), "an in-app notification to staff is a service message"));
        }
        for (String v : d.variables()) {
            if (!TemplateVariables.fillable(v)) {
                p.add(new TemplateProblem("variables", "unknownVariable", List.of(v), "{" + v + "} is not a variable the system fills"));
            }
        }
        if (d.bodyZh() == null) p.add(new TemplateProblem("bodyZh", "bodyZhRequired", List.of(), "the Chinese text is required"));
        boolean email = d.channels().contains(Channel.EMAIL);
        if (email && d.subjectZh() == null) p.add(new TemplateProblem("subjectZh", "subjectRequired", List.of(), "an email needs a subject"));
        if (email && d.bodyEn() != null && d.subjectEn() == null) {
            p.add(new TemplateProblem("subjectEn", "subjectRequired", List.of(), "an email needs a subject"));
        }
        if (d.subjectEn() != null && d.bodyEn() == null) {
            p.add(new TemplateProblem("bodyEn", "englishBodyMissing", List.of(), "an English subject needs an English text"));
        }
        text(p, d, "subjectZh", d.subjectZh());
        text(p, d, "bodyZh", d.bodyZh());
        text(p, d, "subjectEn", d.subjectEn());
        text(p, d, "bodyEn", d.bodyEn());
        return p;
    }

    private static void text(List<TemplateProblem> p, TemplateDraft d, String field, String text) {
        if (text == null) return;
        if (text.length() > MAX_TEXT) {
            p.add(new TemplateProblem(field, "tooLong", List.of(Integer.toString(MAX_TEXT)), "longer than " + MAX_TEXT + " characters"));
        }
        String stray = TemplateText.strayBrace(text);
        if (stray != null) {
            p.add(new TemplateProblem(field, "strayBrace", List.of(stray), "a brace that is not a {variable}: …" + stray + "…"));
        }
        for (String v : TemplateText.placeholders(text)) {
            if (!TemplateVariables.fillable(v)) {
                p.add(new TemplateProblem(field, "unknownVariable", List.of(v), "{" + v + "} is not a variable the system fills"));
            } else if (!d.variables().contains(v)) {
                p.add(new TemplateProblem(field, "undeclaredVariable", List.of(v), "{" + v + "} is not among the template's variables"));
            }
        }
    }
}
