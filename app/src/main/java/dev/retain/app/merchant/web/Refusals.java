package dev.retain.app.merchant.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.merchant.MerchantNotFound;
import dev.retain.app.merchant.MerchantRefused;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** For the merchant pages: a refusal in the user's language, a missing (or another merchant's) thing as the 404 page. */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    String text(MerchantRefused e) {
        return messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale());
    }

    /** The answer, or the not-found page when the merchant module says there is no such thing (for this merchant). */
    static <T> T found(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (MerchantNotFound e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    /** A number typed into a form; blank is null; not a number is refused with {@code code}. */
    static BigDecimal number(String text, String code) {
        if (text == null || text.isBlank()) return null;
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new MerchantRefused(code);
        }
    }

    static Integer integer(String text, String code) {
        BigDecimal n = number(text, code);
        if (n == null) return null;
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new MerchantRefused(code);
        }
    }
}
