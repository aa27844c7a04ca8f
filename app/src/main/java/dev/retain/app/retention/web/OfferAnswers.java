package dev.retain.app.retention.web;

import dev.retain.app.campaign.offer.OfferOutcome;
import dev.retain.app.campaign.offer.OfferRefused;
import dev.retain.app.campaign.offer.OfferResponses;
import dev.retain.app.campaign.offer.OfferSettings;
import dev.retain.app.campaign.offer.RecordedAnswer;
import dev.retain.app.campaign.offer.Offers;
import dev.retain.app.security.RetainUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's answer to a next best offer, recorded from the 360 view or a task page (SPEC R7.3; the campaign module
 * keeps it and learns from it). The caller has checked that the user may work this customer; the outcome comes back
 * to the page as a sentence.
 */
@Component
class OfferAnswers {

    private final OfferResponses responses;
    private final Offers offers;
    private final OfferSettings settings;
    private final MessageSource messages;

    OfferAnswers(OfferResponses responses, Offers offers, OfferSettings settings, MessageSource messages) {
        this.responses = responses;
        this.offers = offers;
        this.settings = settings;
        this.messages = messages;
    }

    /** {@code formKey}: the answering form's key; the same key again shows the first answer (nothing is recorded twice). */
    void record(RetainUser me, String msisdn, long offerId, String outcome, String taskId, String formKey, RedirectAttributes redirect) {
        var locale = LocaleContextHolder.getLocale();
        try {
            RecordedAnswer answer = responses.record(msisdn, offerId, OfferOutcome.of(outcome), taskId, null, formKey, me.username());
            OfferOutcome o = answer.outcome();
            String name = offers.get(answer.offerId()).name(locale);
            redirect.addFlashAttribute("offerRecorded", o == OfferOutcome.ACCEPTED
                    ? messages.getMessage("offer.nbo.recorded-accepted", new Object[] {name}, locale)
                    : messages.getMessage("offer.nbo.recorded-declined", new Object[] {name, settings.declineWindowDays()}, locale));
        } catch (OfferRefused e) {
            redirect.addFlashAttribute("offerRefused", messages.getMessage(e.code(), e.args(), e.code(), locale));
        }
    }
}
