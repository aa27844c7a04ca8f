package dev.retain.app.notify.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for the codes the outbox stores, in the reader's language: a message's reason
 * ({@code notify.reason.<code>}; {@code festival:mid_autumn} falls back to {@code festival}) and a
 * policy's or dispatcher's reason. Null when there are none: the page then shows the stored text as
 * code (a gateway's error, a reason another system made up).
 */
@Component("notifyWords")
class NotifyWords {

    private final MessageSource messages;

    NotifyWords(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(String code) {
        if (code == null || code.isBlank()) return null;
        String whole = word("notify.reason." + code);
        if (whole != null) return whole;
        int colon = code.indexOf(':');
        return colon > 0 ? word("notify.reason." + code.substring(0, colon)) : null;
    }

    private String word(String key) {
        return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
    }
}
