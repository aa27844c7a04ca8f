package dev.retain.app.notify.web;

import dev.retain.app.notify.internal.OptOutAdministration;
import dev.retain.app.notify.internal.OptOutScope;
import dev.retain.app.notify.internal.OutboxReadModel;
import dev.retain.app.notify.internal.Viewers;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opt-out list (R14.4): who opted out, how far, why and through what (a reply such as TD, or
 * staff). Managers add opt-outs for their own customers, supervisors and admins for anyone (and a
 * block of service messages too) and take them back; every change has a reason and is audited. A
 * number is looked up with a POST (numbers never go in URLs).
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST', 'COMPLAINT_HANDLER')")
class OptOutController {

    static final int PAGE = 50;

    private final OptOutAdministration administration;
    private final OutboxReadModel outbox;
    private final Viewers viewers;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    OptOutController(OptOutAdministration administration, OutboxReadModel outbox, Viewers viewers, CurrentUser currentUser,
                     MessageSource messages) {
        this.administration = administration;
        this.outbox = outbox;
        this.viewers = viewers;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/opt-outs")
    String optOuts(@RequestParam(defaultValue = "0") int page, Model model) {
        return show(currentUser.get(), null, Math.max(0, page), model);
    }

    /** One number's opt-out: the number in the body. */
    @PostMapping("/opt-outs/search")
    String search(@RequestParam(defaultValue = "") String msisdn, Model model) {
        RetainUser me = currentUser.get();
        try {
            return show(me, viewers.openByNumber(me, msisdn), 0, model);
        } catch (IllegalArgumentException notANumber) {
            model.addAttribute("refused", word("notify.optOuts.notANumber"));
            return show(me, null, 0, model);
        }
    }

    @PostMapping("/opt-outs")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'COMPLAINT_HANDLER')")
    String add(@RequestParam(defaultValue = "") String msisdn, @RequestParam(defaultValue = "marketing") String scope,
               @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        if (reason.isBlank()) return refused(me, "notify.optOuts.reasonRequired", model);
        boolean changed;
        try {
            changed = administration.add(me, msisdn, OptOutScope.ofCode(scope), reason);
        } catch (IllegalArgumentException notANumber) {
            return refused(me, "notify.optOuts.notANumber", model);
        }
        redirect.addFlashAttribute("saved", changed ? "notify.optOuts.added" : "notify.optOuts.already");
        return "redirect:/opt-outs";
    }

    @PostMapping("/opt-outs/{id}/remove")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String remove(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        if (reason.isBlank()) return refused(me, "notify.optOuts.reasonRequired", model);
        administration.remove(me, id, reason);
        redirect.addFlashAttribute("saved", "notify.optOuts.removed");
        return "redirect:/opt-outs";
    }

    private String refused(RetainUser me, String key, Model model) {
        model.addAttribute("refused", word(key));
        return show(me, null, 0, model);
    }

    private String show(RetainUser me, String msisdn, int page, Model model) {
        model.addAttribute("rows", outbox.optOuts(msisdn, viewers.scope(me), page * PAGE, PAGE + 1));
        model.addAttribute("searched", msisdn != null);
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("mayAdd", me.canWrite());
        model.addAttribute("mayBlock", OptOutAdministration.mayOverrule(me));
        model.addAttribute("mayRemove", OptOutAdministration.mayOverrule(me));
        return "notify/opt-outs";
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
