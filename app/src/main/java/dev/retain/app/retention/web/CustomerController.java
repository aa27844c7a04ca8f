package dev.retain.app.retention.web;

import dev.retain.app.campaign.AdviceLinkRefused;
import dev.retain.app.campaign.TariffAdviceLinks;
import dev.retain.app.retention.ContactForm;
import dev.retain.app.retention.Contacts;
import dev.retain.app.retention.CustomerAccess;
import dev.retain.app.retention.internal.CustomerNotes;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The customer 360° view (SPEC R1.4) with its two forms: log a contact / handle a task
 * (R4.4) and add a needs note (R1.5). Managers see only their own customers. URLs carry the
 * customer's opaque key, never the number (R14.3). Personal data is masked; showing it in
 * full is a POST (a GET could be prefetched or replayed from a history) and is audited.
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST', 'COMPLAINT_HANDLER')")
class CustomerController {

    private final CustomerAccess access;
    private final CustomerPage page;
    private final Contacts contacts;
    private final CustomerNotes notes;
    private final CurrentUser currentUser;
    private final RevealAudit reveals;
    private final TariffAdviceLinks adviceLinks;
    private final OfferAnswers offerAnswers;

    CustomerController(CustomerAccess access, CustomerPage page, Contacts contacts, CustomerNotes notes,
                       CurrentUser currentUser, RevealAudit reveals, TariffAdviceLinks adviceLinks,
                       OfferAnswers offerAnswers) {
        this.offerAnswers = offerAnswers;
        this.adviceLinks = adviceLinks;
        this.access = access;
        this.page = page;
        this.contacts = contacts;
        this.notes = notes;
        this.currentUser = currentUser;
        this.reveals = reveals;
    }

    @GetMapping("/customers/{key}")
    String customer(@PathVariable String key, Model model) {
        RetainUser me = currentUser.get();
        return page.show(me, access.openByKey(me, key), false, model);
    }

    /** The same page with the personal data in full; every call is one entry in the audit log. */
    @PostMapping("/customers/{key}/reveal")
    String reveal(@PathVariable String key, Model model) {
        RetainUser me = currentUser.get();
        String msisdn = access.openByKey(me, key);
        reveals.record(me, normalised(key), msisdn, "customer 360");
        return page.show(me, msisdn, true, model);
    }

    @PostMapping("/customers/{key}/contacts")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    String logContact(@PathVariable String key, @Valid @ModelAttribute("contactForm") ContactForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        String msisdn = access.writeByKey(me, key);
        if (errors.hasErrors()) return page.show(me, msisdn, false, model);
        contacts.log(me, msisdn, form);
        redirect.addFlashAttribute("contactSaved", true);
        return "redirect:/customers/" + normalised(key) + "#history";
    }

    @PostMapping("/customers/{key}/notes")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    String addNote(@PathVariable String key, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        String msisdn = access.writeByKey(me, key);
        if (errors.hasErrors()) return page.show(me, msisdn, false, model);
        notes.add(me, msisdn, form.getTags(), form.getNote());
        redirect.addFlashAttribute("noteSaved", true);
        return "redirect:/customers/" + normalised(key) + "#notes";
    }

    /**
     * Sends the customer the self-service link to their tariff advice by SMS (SPEC R7.4; the campaign module): managers
     * for their own customers, supervisors for any; audited there.
     */
    @PostMapping("/customers/{key}/tariff-advice")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    String sendTariffAdvice(@PathVariable String key, HttpServletRequest request, RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        String msisdn = access.writeByKey(me, key);
        try {
            redirect.addFlashAttribute("tariffAdviceSent",
                    adviceLinks.send(me, msisdn, ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()));
        } catch (AdviceLinkRefused e) {
            redirect.addFlashAttribute("tariffAdviceRefused", e.messageKey());
        }
        return "redirect:/customers/" + normalised(key) + "#tariff-advice";
    }

    /**
     * Records the customer's answer to a next best offer (SPEC R7.3; the campaign module): managers for their own
     * customers, supervisors for any; an acceptance takes one of the offer's stock.
     */
    @PostMapping("/customers/{key}/offers/{offerId}")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    String recordOfferAnswer(@PathVariable String key, @PathVariable long offerId, @RequestParam(defaultValue = "") String outcome,
                             @RequestParam(name = "formKey", defaultValue = "") String formKey, RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        offerAnswers.record(me, access.writeByKey(me, key), offerId, outcome, null, formKey, redirect);
        return "redirect:/customers/" + normalised(key) + "#next-best-offer";
    }

    /** The key as the database writes it (it was resolved above, so it parses). */
    private static String normalised(String key) {
        return UUID.fromString(key).toString();
    }
}
