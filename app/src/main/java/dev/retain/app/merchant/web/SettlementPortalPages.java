package dev.retain.app.merchant.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.SettlementContracts;
import dev.retain.app.merchant.SettlementDetail;
import dev.retain.app.merchant.SettlementView;
import dev.retain.app.merchant.Settlements;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merchant portal's statements (SPEC R11.5): the merchant's admin applies for a closed month, follows its
 * statements and their states, reads one with its lines and downloads it as a spreadsheet or PDF. The merchant is
 * always the login's own ({@link RetainUser#merchantId()}), never a parameter: another merchant's statement is not
 * found. Clerks work the counter and are refused here (money matters are the merchant admin's).
 */
@Controller
@PreAuthorize("hasRole('MERCHANT_ADMIN')")
class SettlementPortalPages {

    private final Settlements settlements;
    private final SettlementContracts contracts;
    private final SettlementWeb web;
    private final CurrentUser currentUser;

    SettlementPortalPages(Settlements settlements, SettlementContracts contracts, SettlementWeb web, CurrentUser currentUser) {
        this.settlements = settlements;
        this.contracts = contracts;
        this.web = web;
        this.currentUser = currentUser;
    }

    @GetMapping("/portal/statements")
    String list(Model model) {
        RetainUser me = currentUser.get();
        model.addAttribute("settlements", settlements.ofMyMerchant(me));
        model.addAttribute("periods", settlements.periodsToApply(me));
        model.addAttribute("contract", contracts.find(me.merchantId()).orElse(null));
        return "merchant/portal-statements";
    }

    @PostMapping("/portal/statements")
    String apply(@RequestParam(required = false) String period, RedirectAttributes redirect) {
        try {
            SettlementView applied = settlements.apply(currentUser.get(), period);
            redirect.addFlashAttribute("applied", applied.period());
            return "redirect:/portal/statements/" + applied.id();
        } catch (MerchantRefused e) {
            redirect.addFlashAttribute("refused", web.refusal(e));
            return "redirect:/portal/statements";
        }
    }

    @GetMapping("/portal/statements/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        SettlementDetail detail = mine(id);
        model.addAttribute("d", detail);
        model.addAttribute("s", detail.settlement());
        return "merchant/portal-statement";
    }

    @GetMapping("/portal/statements/{id:\\d+}/statement.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return web.xlsx(mine(id));
    }

    @GetMapping("/portal/statements/{id:\\d+}/statement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return web.pdf(mine(id));
    }

    private SettlementDetail mine(long id) {
        return settlements.find(currentUser.get(), id).orElseThrow(() -> new NotFoundException("settlement " + id));
    }
}
