package dev.retain.app.notify.template;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One template as stored: its class (what of the contact policy applies), the channels it is
 * written for, the variables it declares, and its text in zh-CN and (optionally) English, with an
 * email subject per language. {@code version} counts the saves.
 */
public record MessageTemplate(String code, MessageClass messageClass, List<Channel> channels, List<String> variables,
                              String subjectZh, String bodyZh, String subjectEn, String bodyEn,
                              int version, Instant updatedAt, String updatedBy) {

    public MessageTemplate {
        channels = List.copyOf(channels);
        variables = List.copyOf(variables);
    }

    public boolean hasEnglish() {
        return bodyEn != null && !bodyEn.isBlank();
    }

    public boolean marketing() {
        return messageClass == MessageClass.MARKETING;
    }

    /** Whether the English text is used for {@code language}: asked in English and written in English. */
    public boolean englishFor(Locale language) {
        return MessageTemplateLanguages.isEnglish(language) && hasEnglish();
    }

    /** The codes of its channels ({@code sms}, {@code email}, {@code in_app}), as stored and shown. */
    public List<String> channelCodes() {
        return channels.stream().map(Channel::code).toList();
    }
}
