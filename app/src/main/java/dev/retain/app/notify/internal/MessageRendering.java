package dev.retain.app.notify.internal;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.template.MessageTemplates;
import dev.retain.app.notify.template.UnknownTemplateException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns a message into the text that will be sent, when it is queued. Rendering then, not at
 * sending: a template that does not exist or a missing variable is refused to the caller at once,
 * inside its transaction, instead of becoming a message that can never go out; the text stored is
 * the one the customer gets, whatever an admin edits in the template later; and the screens can
 * show it (and its segments) while it waits. Customers are written to in zh-CN (the contract has
 * no language per customer).
 */
@Component
class MessageRendering {

    /** A text longer than this is no message (a long SMS of 30 segments is 2,000 UCS-2 characters). */
    static final int MAX_BODY = 2000;

    private final ObjectProvider<MessageTemplates> templates;
    private final ObjectProvider<dev.retain.app.notify.template.TemplateSettings> lines;

    MessageRendering(ObjectProvider<MessageTemplates> templates, ObjectProvider<dev.retain.app.notify.template.TemplateSettings> lines) {
        this.templates = templates;
        this.lines = lines;
    }

    record Rendered(String subject, String body) {
    }

    /**
     * The channel a customer's message goes on: a template written for other channels (an SMS-only
     * text has no subject) is refused on a channel the caller named, and takes SMS, else its first
     * channel, when the channel was only the customer's preference.
     */
    Channel channelFor(OutboundMessage message, Channel preferred) {
        if (message.templateCode() == null) return message.channel() != null ? message.channel() : preferred;
        MessageTemplates installed = templates.getIfUnique();
        if (installed == null) throw new UnknownTemplateException(message.templateCode());
        java.util.Set<Channel> written = installed.channels(message.templateCode());
        if (message.channel() != null) {
            if (!written.contains(message.channel())) {
                throw new IllegalArgumentException("template '" + message.templateCode() + "' is not written for " + message.channel().code()
                        + " (its channels: " + written.stream().map(Channel::code).sorted().toList() + ")");
            }
            return message.channel();
        }
        if (written.contains(preferred)) return preferred;
        if (written.contains(Channel.SMS)) return Channel.SMS;
        return written.stream().filter(c -> c != Channel.IN_APP).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "template '" + message.templateCode() + "' is written for no channel that reaches a customer"));
    }

    Rendered render(OutboundMessage message) {
        Rendered rendered;
        if (message.text() != null) {
            // a plain marketing text needs the signature and the opt-out line as much as a template's (the commercial SMS rules)
            dev.retain.app.notify.template.TemplateSettings settings = lines.getIfAvailable();
            String body = message.messageClass() == MessageClass.MARKETING && settings != null && !message.text().isBlank()
                    ? settings.lines().around(message.text(), message.text().chars().allMatch(c -> c < 128))
                    : message.text();
            rendered = new Rendered(null, body);
        } else {
            MessageTemplates installed = templates.getIfUnique();
            if (installed == null) throw new UnknownTemplateException(message.templateCode());
            MessageTemplates.Rendered r = installed.render(message.templateCode(), Locale.SIMPLIFIED_CHINESE, message.variables());
            // a marketing text may not pass as a service message, which skips consent, caps and quiet hours
            if (r.marketing() && message.messageClass() == MessageClass.SERVICE) {
                throw new IllegalArgumentException("template '" + message.templateCode() + "' is marketing: it cannot be sent as a service message");
            }
            rendered = new Rendered(r.subject(), r.body());
        }
        if (rendered.body() == null || rendered.body().isBlank()) throw new IllegalArgumentException("the message has no text");
        if (rendered.body().length() > MAX_BODY) throw new IllegalArgumentException("the text is longer than " + MAX_BODY + " characters");
        return rendered;
    }
}
