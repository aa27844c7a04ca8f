package dev.retain.app.retention.web;

import dev.retain.app.retention.ContactForm;
import dev.retain.app.retention.Contacts;
import dev.retain.app.retention.CustomerAccess;
import dev.retain.app.retention.internal.CustomerNotes;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.value.Msisdn;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * The customer 360° view (SPEC R1.4) with its two forms: log a contact / handle a task
 * (R4.4) and add a needs note (R1.5). Managers see only their own customers; the full
 * MSISDN and name only on request, and every such request is audited (R14.3).
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class CustomerController {

    private final CustomerAccess access;
    private final CustomerPage page;
    private final Contacts contacts;
    private final CustomerNotes notes;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    CustomerController(CustomerAccess access, CustomerPage page, Contacts contacts, CustomerNotes notes,
                       CurrentUser currentUser, AuditLog auditLog) {
        this.access = access;
        this.page = page;
        this.contacts = contacts;
        this.notes = notes;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @GetMapping("/customers/{msisdn}")
    String customer(@PathVariable("msisdn") String number, @RequestParam(defaultValue = "false") boolean reveal, Model model) {
        String msisdn = Msisdn.canonical(number.strip()); // either form finds the customer
        RetainUser me = currentUser.get();
        access.requireMayOpen(me, msisdn);
        if (reveal) {
            if (!me.mayRevealPersonalData()) throw new AccessDeniedException(me.username() + " may not reveal personal data");
            auditLog.revealed(me, msisdn, "customer 360");
        }
        return page.show(me, msisdn, reveal, model);
    }

    @PostMapping("/customers/{msisdn}/contacts")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    String logContact(@PathVariable("msisdn") String number, @Valid @ModelAttribute("contactForm") ContactForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        String msisdn = Msisdn.canonical(number.strip());
        RetainUser me = currentUser.get();
        if (errors.hasErrors()) {
            access.requireMayWrite(me, msisdn);
            return page.show(me, msisdn, false, model);
        }
        contacts.log(me, msisdn, form); // checks the right to write itself
        redirect.addFlashAttribute("contactSaved", true);
        return "redirect:/customers/" + msisdn + "#history";
    }

    @PostMapping("/customers/{msisdn}/notes")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    String addNote(@PathVariable("msisdn") String number, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        String msisdn = Msisdn.canonical(number.strip());
        RetainUser me = currentUser.get();
        access.requireMayWrite(me, msisdn);
        if (errors.hasErrors()) return page.show(me, msisdn, false, model);
        notes.add(me, msisdn, form.getTags(), form.getNote());
        redirect.addFlashAttribute("noteSaved", true);
        return "redirect:/customers/" + msisdn + "#notes";
    }
}
