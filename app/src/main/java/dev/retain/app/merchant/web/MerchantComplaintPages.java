package dev.retain.app.merchant.web;

import dev.retain.app.merchant.MerchantComplaintView;
import dev.retain.app.merchant.MerchantComplaints;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.workorder.WorkOrderStates;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's complaints about merchants (SPEC R11.3): record a customer's complaint (it opens a work order in the
 * alliance queue, worked and closed on the work-order pages) and follow them all, with the merchant's result and the
 * order's state and deadline. Complaint handlers, supervisors and admins; numbers masked.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
class MerchantComplaintPages {

    private static final int SHOWN = 200;

    private final MerchantComplaints complaints;
    private final Merchants merchants;
    private final CurrentUser currentUser;
    private final Refusals refusals;
    private final Clock clock;

    MerchantComplaintPages(MerchantComplaints complaints, Merchants merchants, CurrentUser currentUser, Refusals refusals, Clock clock) {
        this.complaints = complaints;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/merchant-complaints")
    String list(@RequestParam(required = false) Long merchant, Model model) {
        model.addAttribute("rows", complaints.list(merchant, SHOWN));
        model.addAttribute("merchants", merchants.list(false));
        model.addAttribute("merchant", merchant);
        model.addAttribute("priorities", WorkOrderStates.PRIORITIES);
        model.addAttribute("now", clock.instant());
        return "merchant/complaints";
    }

    @PostMapping("/merchant-complaints")
    String record(@RequestParam long merchantId, @RequestParam String msisdn, @RequestParam String description,
                  @RequestParam(required = false) String priority, Model model, RedirectAttributes redirect) {
        MerchantComplaintView recorded;
        try {
            recorded = Refusals.found(() -> complaints.record(merchantId, msisdn, description, priority, currentUser.get()));
        } catch (MerchantRefused e) {
            model.addAttribute("refused", refusals.text(e));
            model.addAttribute("form", new Form(merchantId, msisdn, description, priority));
            return list(null, model);
        }
        redirect.addFlashAttribute("recorded", recorded.workOrderId());
        return "redirect:/merchant-complaints";
    }

    /** What the user typed, shown again with a refusal. */
    record Form(long merchantId, String msisdn, String description, String priority) {
    }
}
