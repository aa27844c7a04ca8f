package dev.retain.app.merchant.web;

import dev.retain.app.loyalty.InsufficientPoints;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.OfferDraft;
import dev.retain.app.merchant.OfferView;
import dev.retain.app.security.MerchantStaffLogins.StaffLoginRefused;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the merchant pages share: a change's outcome as a translated flash message ({@code saved} or {@code refused}:
 * a refusal is always a sentence of the user's language, never an error page), the offer form read into an
 * {@link OfferDraft} (a field that is no number is refused with the same message as a number out of range), and the
 * business zone for times.
 */
@Component
class MerchantPageModel {

    /** A change a page runs; a refusal it throws becomes the page's message. */
    interface Change {
        void run();
    }

    /** The offer form as typed, to fill the form again after a refusal. */
    record OfferForm(String title, String kind, String pointsPrice, String value, String validFrom, String validTo, String quota,
                     Boolean active) implements java.io.Serializable {

        /** The active box: a box not ticked is not sent at all. */
        boolean activeTicked() {
            return Boolean.TRUE.equals(active);
        }

        static OfferForm empty(LocalDate today) {
            return new OfferForm("", "redemption", "", "", today.toString(), today.plusMonths(3).toString(), "", true);
        }

        static OfferForm of(OfferView o) {
            return new OfferForm(o.title(), o.kind(), Long.toString(o.pointsPrice()), o.valueYuan(), o.validFrom().toString(),
                    o.validTo().toString(), o.quota() == null ? "" : o.quota().toString(), o.active());
        }

        OfferDraft draft() {
            long points;
            try {
                points = Long.parseLong(pointsPrice == null ? "" : pointsPrice.strip());
            } catch (NumberFormatException e) {
                throw new MerchantRefused("merchant.error.points-price", String.valueOf(pointsPrice));
            }
            BigDecimal yuan;
            try {
                yuan = new BigDecimal(value == null ? "" : value.strip());
            } catch (NumberFormatException e) {
                throw new MerchantRefused("merchant.error.value", String.valueOf(value));
            }
            Integer limit = null;
            if (quota != null && !quota.isBlank()) {
                try {
                    limit = Integer.valueOf(quota.strip());
                } catch (NumberFormatException e) {
                    throw new MerchantRefused("merchant.error.quota", quota);
                }
            }
            return new OfferDraft(title, kind, points, yuan, day(validFrom), day(validTo), limit);
        }

        private static LocalDate day(String s) {
            try {
                return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new MerchantRefused("merchant.error.validity");
            }
        }
    }

    private final MessageSource messages;
    private final Clock clock;

    MerchantPageModel(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Runs {@code change}: {@code saved} with {@code doneKey}'s text, or {@code refused} with the refusal's; true when done. */
    boolean attempt(RedirectAttributes redirect, String doneKey, Change change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", text(doneKey));
            return true;
        } catch (MerchantRefused | StaffLoginRefused | InsufficientPoints e) {
            redirect.addFlashAttribute("refused", text(e));
            return false;
        }
    }

    /** The refusal as a sentence of the user's language. */
    String text(RuntimeException e) {
        if (e instanceof MerchantRefused r) return text(r.code(), r.args());
        if (e instanceof StaffLoginRefused r) return text(r.code(), r.args());
        if (e instanceof InsufficientPoints p) return text("merchant.error.insufficient", p.requested(), p.balance());
        throw e;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
