package dev.retain.app.merchant.web;

import dev.retain.app.loyalty.InsufficientPoints;
import dev.retain.app.merchant.Counter;
import dev.retain.app.merchant.CounterCustomer;
import dev.retain.app.merchant.CounterReceipt;
import dev.retain.app.merchant.CounterToken;
import dev.retain.app.merchant.CounterVerification;
import dev.retain.app.merchant.MerchantNotFound;
import dev.retain.app.merchant.MerchantOffers;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.merchant.OfferView;
import dev.retain.app.merchant.internal.RedemptionStore;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merchant's counter in the portal (SPEC R11.2), for its admin and clerks: the customer's number, then the code the
 * customer received, then the customer's points with today's offers and a consumption paid in points; each redemption
 * gives a receipt. The verification and the token stay in the HTTP session, never in a URL or a form. Every redeem
 * form carries an idempotency key made when the page was drawn, so a form sent twice spends once and answers the same
 * receipt. The merchant is always the login's own.
 */
@Controller
@PreAuthorize("hasAnyRole('MERCHANT_ADMIN', 'MERCHANT_CLERK')")
class CounterPages {

    /** The HTTP session's attribute holding the counter's state. */
    static final String SESSION = "merchant.counter";
    static final int RECENT = 100;

    /** Where the clerk is with the current customer: a code sent (verification) and then, once verified, the token. */
    record CounterState(UUID verificationId, String maskedMsisdn, String token) implements Serializable {
    }

    /** A redeem button: the offer and the idempotency key of this drawing of the page. */
    record OfferChoice(OfferView offer, String key, boolean affordable) {
    }

    private final Counter counter;
    private final MerchantOffers offers;
    private final Merchants merchants;
    private final MerchantStaffLogins staff;
    private final RedemptionStore redemptions;
    private final CurrentUser currentUser;
    private final MerchantPageModel page;

    CounterPages(Counter counter, MerchantOffers offers, Merchants merchants, MerchantStaffLogins staff, RedemptionStore redemptions,
                 CurrentUser currentUser, MerchantPageModel page) {
        this.counter = counter;
        this.offers = offers;
        this.merchants = merchants;
        this.staff = staff;
        this.redemptions = redemptions;
        this.currentUser = currentUser;
        this.page = page;
    }

    @GetMapping("/portal/counter")
    String counter(HttpSession session, Model model) {
        RetainUser me = currentUser.get();
        long merchantId = me.merchantId();
        model.addAttribute("merchant", merchants.get(merchantId));
        CounterState state = (CounterState) session.getAttribute(SESSION);
        String step = "number";
        if (state != null && state.token() != null) {
            try {
                CounterCustomer customer = counter.customer(me, state.token());
                model.addAttribute("customer", customer);
                model.addAttribute("choices", offers.usableToday(merchantId).stream()
                        .map(o -> new OfferChoice(o, UUID.randomUUID().toString(), o.pointsPrice() <= customer.balance())).toList());
                model.addAttribute("pointsKey", UUID.randomUUID().toString());
                step = "customer";
            } catch (MerchantRefused expired) {
                session.removeAttribute(SESSION);
                if (!model.containsAttribute("refused")) model.addAttribute("refused", page.text(expired));
            }
        } else if (state != null) {
            model.addAttribute("maskedMsisdn", state.maskedMsisdn());
            step = "code";
        }
        model.addAttribute("step", step);
        model.addAttribute("zone", page.zone());
        return "merchant/counter";
    }

    @PostMapping("/portal/counter/code")
    String sendCode(@RequestParam(defaultValue = "") String msisdn, HttpSession session, RedirectAttributes redirect) {
        try {
            CounterVerification v = counter.sendCode(currentUser.get(), msisdn);
            session.setAttribute(SESSION, new CounterState(v.id(), v.maskedMsisdn(), null));
            redirect.addFlashAttribute("saved", page.text("merchant.page.code-sent", v.maskedMsisdn()));
        } catch (MerchantRefused e) {
            redirect.addFlashAttribute("refused", page.text(e));
        }
        return "redirect:/portal/counter";
    }

    @PostMapping("/portal/counter/verify")
    String verify(@RequestParam(defaultValue = "") String code, HttpSession session, RedirectAttributes redirect) {
        CounterState state = (CounterState) session.getAttribute(SESSION);
        if (state == null || state.verificationId() == null) {
            redirect.addFlashAttribute("refused", page.text("merchant.error.token"));
            return "redirect:/portal/counter";
        }
        try {
            CounterToken token = counter.checkCode(currentUser.get(), state.verificationId(), code);
            session.setAttribute(SESSION, new CounterState(null, token.maskedMsisdn(), token.token()));
            redirect.addFlashAttribute("saved", page.text("merchant.page.verified", token.maskedMsisdn()));
        } catch (MerchantRefused e) {
            redirect.addFlashAttribute("refused", page.text(e));
        } catch (MerchantNotFound e) {
            // a verification of an earlier session or login: start again
            session.removeAttribute(SESSION);
            redirect.addFlashAttribute("refused", page.text("merchant.error.token"));
        }
        return "redirect:/portal/counter";
    }

    /**
     * Redeems an offer ({@code offerId}) or records a consumption ({@code points}). A repeat of the form's key answers the
     * first receipt, even once the customer's token is gone; another merchant's offer is not found.
     */
    @PostMapping("/portal/counter/redeem")
    String redeem(@RequestParam(defaultValue = "") String key, @RequestParam(required = false) Long offerId,
                  @RequestParam(required = false) String points, HttpSession session, RedirectAttributes redirect) {
        CounterState state = (CounterState) session.getAttribute(SESSION);
        String token = state == null ? null : state.token();
        try {
            Long spend = points == null ? null : points(points);
            CounterReceipt receipt = counter.redeem(currentUser.get(), key, token, offerId, spend);
            if (receipt.replay()) redirect.addFlashAttribute("notice", page.text("merchant.page.replay"));
            return "redirect:/portal/receipts/" + receipt.receiptNo();
        } catch (MerchantRefused | InsufficientPoints e) {
            redirect.addFlashAttribute("refused", page.text(e));
            return "redirect:/portal/counter";
        }
    }

    /** The next customer: the current one's verification and token are forgotten. */
    @PostMapping("/portal/counter/next")
    String next(HttpSession session) {
        session.removeAttribute(SESSION);
        return "redirect:/portal/counter";
    }

    @GetMapping("/portal/receipts")
    String receipts(Model model) {
        RetainUser me = currentUser.get();
        model.addAttribute("merchant", merchants.get(me.merchantId()));
        model.addAttribute("receipts", counter.recentReceipts(me, RECENT));
        model.addAttribute("clerks", clerkNames(me.merchantId()));
        model.addAttribute("zone", page.zone());
        return "merchant/receipts";
    }

    @GetMapping("/portal/receipts/{receiptNo}")
    String receipt(@PathVariable String receiptNo, HttpSession session, Model model) {
        RetainUser me = currentUser.get();
        CounterReceipt receipt = receiptOf(me, receiptNo);
        model.addAttribute("merchant", merchants.get(me.merchantId()));
        model.addAttribute("receipt", receipt);
        model.addAttribute("clerks", clerkNames(me.merchantId()));
        model.addAttribute("withCustomer", session.getAttribute(SESSION) != null);
        model.addAttribute("zone", page.zone());
        return "merchant/receipt";
    }

    /** Refunds a receipt, with the confirmation box ticked: the points go back to the customer. The merchant's admin only. */
    @PostMapping("/portal/receipts/{receiptNo}/refund")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String refund(@PathVariable String receiptNo, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        receiptOf(currentUser.get(), receiptNo);
        page.attempt(redirect, "merchant.page.refunded", () -> {
            if (!confirm) throw new MerchantRefused("merchant.page.refund-unconfirmed");
            counter.reverse(currentUser.get(), receiptNo);
        });
        return "redirect:/portal/receipts/" + receiptNo;
    }

    /** The receipt if it is the login's merchant's; another merchant's is not found. */
    private CounterReceipt receiptOf(RetainUser me, String receiptNo) {
        return redemptions.byReceipt(me.merchantId(), receiptNo).orElseThrow(() -> new MerchantNotFound("receipt " + receiptNo)).receipt();
    }

    private Map<String, String> clerkNames(long merchantId) {
        return staff.ofMerchant(merchantId).stream()
                .collect(Collectors.toMap(MerchantStaffLogins.StaffLogin::username, MerchantStaffLogins.StaffLogin::displayName));
    }

    private static long points(String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw new MerchantRefused("merchant.error.points", typed);
        }
    }
}
