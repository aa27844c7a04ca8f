package dev.retain.app.notify.internal;

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

    MessageRendering(ObjectProvider<MessageTemplates> templates) {
        this.templates = templates;
    }

    record Rendered(String subject, String body) {
    }

    Rendered render(OutboundMessage message) {
        Rendered rendered;
        if (message.text() != null) {
            rendered = new Rendered(null, message.text());
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
