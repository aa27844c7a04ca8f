package dev.retain.app.merchant.web;

import dev.retain.app.merchant.MerchantComplaints;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merchant's complaints in its portal (SPEC R11.3): the complaints about it with the customer's number masked, the
 * deadline and the state of each work order; its admin enters the merchant's result (the clerk reads). The merchant is
 * always the login's own; another merchant's complaint is not found.
 */
@Controller
@PreAuthorize("hasAnyRole('MERCHANT_ADMIN', 'MERCHANT_CLERK')")
class PortalComplaintPages {

    private static final int SHOWN = 200;

    private final MerchantComplaints complaints;
    private final CurrentUser currentUser;
    private final Refusals refusals;
    private final Clock clock;

    PortalComplaintPages(MerchantComplaints complaints, CurrentUser currentUser, Refusals refusals, Clock clock) {
        this.complaints = complaints;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/portal/complaints")
    String list(Model model) {
        model.addAttribute("rows", complaints.list(merchantId(), SHOWN));
        model.addAttribute("now", clock.instant());
        return "merchant/portal-complaints";
    }

    @GetMapping("/portal/complaints/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("c", Refusals.found(() -> complaints.get(merchantId(), id)));
        model.addAttribute("mayEnter", currentUser.get().role() == dev.retain.app.security.Role.MERCHANT_ADMIN);
        model.addAttribute("now", clock.instant());
        return "merchant/portal-complaint";
    }

    @PostMapping("/portal/complaints/{id:\\d+}/result")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String result(@PathVariable long id, @RequestParam String result, RedirectAttributes redirect) {
        try {
            Refusals.found(() -> complaints.enterResult(currentUser.get(), id, result));
            redirect.addFlashAttribute("done", true);
        } catch (MerchantRefused e) {
            redirect.addFlashAttribute("refused", refusals.text(e));
        }
        return "redirect:/portal/complaints/" + id;
    }

    private long merchantId() {
        RetainUser me = currentUser.get();
        return Refusals.found(() -> {
            if (me.merchantId() == null) throw new dev.retain.app.merchant.MerchantNotFound("merchant of " + me.username());
            return me.merchantId();
        });
    }
}
