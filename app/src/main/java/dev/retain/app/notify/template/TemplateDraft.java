package dev.retain.app.notify.template;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import java.util.List;

/** What an admin submits for a template: everything but its history. Empty texts are null. */
public record TemplateDraft(String code, MessageClass messageClass, List<Channel> channels, List<String> variables,
                            String subjectZh, String bodyZh, String subjectEn, String bodyEn) {

    public TemplateDraft {
        channels = channels == null ? List.of() : List.copyOf(channels);
        variables = variables == null ? List.of() : variables.stream().distinct().toList();
        subjectZh = blankToNull(subjectZh);
        bodyZh = blankToNull(bodyZh);
        subjectEn = blankToNull(subjectEn);
        bodyEn = blankToNull(bodyEn);
    }

    public static TemplateDraft of(MessageTemplate t) {
        return new TemplateDraft(t.code(), t.messageClass(), t.channels(), t.variables(), t.subjectZh(), t.bodyZh(), t.subjectEn(),
                t.bodyEn());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
