package dev.retain.app.merchant.web;

import dev.retain.app.merchant.MerchantOffers;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.MerchantOutlets;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.merchant.OfferView;
import dev.retain.app.merchant.OutletDraft;
import dev.retain.app.merchant.web.MerchantPageModel.OfferForm;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A merchant's own portal besides the counter (SPEC R11.1): its offers and outlets, which its clerks read and its
 * admin changes, and its staff logins, which only its admin sees (and may add clerks to, or disable). The merchant
 * is always the login's own: an id of another merchant's offer or outlet is not found.
 */
@Controller
@PreAuthorize("hasAnyRole('MERCHANT_ADMIN', 'MERCHANT_CLERK')")
class PortalPages {

    private final Merchants merchants;
    private final MerchantOffers offers;
    private final MerchantOutlets outlets;
    private final MerchantStaffLogins staff;
    private final CurrentUser currentUser;
    private final MerchantPageModel page;

    PortalPages(Merchants merchants, MerchantOffers offers, MerchantOutlets outlets, MerchantStaffLogins staff, CurrentUser currentUser,
                MerchantPageModel page) {
        this.merchants = merchants;
        this.offers = offers;
        this.outlets = outlets;
        this.staff = staff;
        this.currentUser = currentUser;
        this.page = page;
    }

    @GetMapping("/portal/offers")
    String offers(Model model) {
        long merchantId = merchantId();
        model.addAttribute("merchant", merchants.get(merchantId));
        model.addAttribute("offers", offers.of(merchantId));
        model.addAttribute("editable", isAdmin());
        model.addAttribute("today", page.today());
        if (!model.containsAttribute("offerForm")) model.addAttribute("offerForm", OfferForm.empty(page.today()));
        return "merchant/portal-offers";
    }

    @PostMapping("/portal/offers")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String createOffer(OfferForm form, RedirectAttributes redirect) {
        if (!page.attempt(redirect, "merchant.page.offer-added", () -> offers.create(merchantId(), form.draft()))) {
            redirect.addFlashAttribute("offerForm", form);
        }
        return "redirect:/portal/offers";
    }

    @GetMapping("/portal/offers/{offerId}")
    String offer(@PathVariable long offerId, Model model) {
        long merchantId = merchantId();
        OfferView offer = offers.get(merchantId, offerId);
        model.addAttribute("merchant", merchants.get(merchantId));
        model.addAttribute("offer", offer);
        if (!model.containsAttribute("offerForm")) model.addAttribute("offerForm", OfferForm.of(offer));
        model.addAttribute("editable", isAdmin());
        model.addAttribute("action", "/portal/offers/" + offerId);
        model.addAttribute("back", "/portal/offers");
        model.addAttribute("navKey", "portalOffers");
        return "merchant/offer";
    }

    @PostMapping("/portal/offers/{offerId}")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String changeOffer(@PathVariable long offerId, OfferForm form, RedirectAttributes redirect) {
        long merchantId = merchantId();
        offers.get(merchantId, offerId);
        if (page.attempt(redirect, "merchant.page.saved", () -> offers.change(merchantId, offerId, form.draft(), form.activeTicked()))) {
            return "redirect:/portal/offers";
        }
        redirect.addFlashAttribute("offerForm", form);
        return "redirect:/portal/offers/" + offerId;
    }

    @GetMapping("/portal/outlets")
    String outlets(Model model) {
        long merchantId = merchantId();
        model.addAttribute("merchant", merchants.get(merchantId));
        model.addAttribute("outlets", outlets.of(merchantId));
        model.addAttribute("editable", isAdmin());
        return "merchant/portal-outlets";
    }

    @PostMapping("/portal/outlets")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String addOutlet(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String address,
                     @RequestParam(defaultValue = "") String openingHours, RedirectAttributes redirect) {
        page.attempt(redirect, "merchant.page.outlet-added", () -> outlets.add(merchantId(), new OutletDraft(name, address, openingHours)));
        return "redirect:/portal/outlets";
    }

    @PostMapping("/portal/outlets/{outletId}")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String changeOutlet(@PathVariable long outletId, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String address,
                        @RequestParam(defaultValue = "") String openingHours, @RequestParam(defaultValue = "false") boolean active,
                        RedirectAttributes redirect) {
        page.attempt(redirect, "merchant.page.saved",
                () -> outlets.change(merchantId(), outletId, new OutletDraft(name, address, openingHours), active));
        return "redirect:/portal/outlets";
    }

    @GetMapping("/portal/staff")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String staff(Model model) {
        long merchantId = merchantId();
        model.addAttribute("merchant", merchants.get(merchantId));
        model.addAttribute("logins", staff.ofMerchant(merchantId));
        model.addAttribute("tills", staff.tillsOf(merchantId));
        model.addAttribute("zone", page.zone());
        return "merchant/portal-staff";
    }

    /**
     * A key for the merchant's own till (its checkout system calls the counter API with it, as a clerk of this
     * merchant). The key is shown once, on the page the redirect leads to, and never again.
     */
    @PostMapping("/portal/staff/tills")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String createTill(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            MerchantStaffLogins.TillKey key = staff.createTillKey(merchantId(), name, currentUser.get());
            redirect.addFlashAttribute("newTillKey", key.key());
            redirect.addFlashAttribute("saved", page.text("merchant.page.till.created", key.name()));
        } catch (MerchantStaffLogins.StaffLoginRefused refused) {
            redirect.addFlashAttribute("refused", page.text(refused));
        }
        return "redirect:/portal/staff";
    }

    @PostMapping("/portal/staff/tills/{clientId}/revoke")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String revokeTill(@PathVariable long clientId, RedirectAttributes redirect) {
        page.attempt(redirect, "merchant.page.till.revoked", () -> staff.revokeTillKey(merchantId(), clientId, currentUser.get()));
        return "redirect:/portal/staff";
    }

    /** A new clerk of this merchant; a merchant's admin makes no admins (the operator's admin does). */
    @PostMapping("/portal/staff")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String createClerk(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                       @RequestParam(defaultValue = "") String displayName, RedirectAttributes redirect) {
        page.attempt(redirect, "merchant.page.login-created",
                () -> staff.create(merchantId(), username, password, displayName, Role.MERCHANT_CLERK, currentUser.get()));
        return "redirect:/portal/staff";
    }

    @PostMapping("/portal/staff/{username}/enabled")
    @PreAuthorize("hasRole('MERCHANT_ADMIN')")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        page.attempt(redirect, "merchant.page.saved", () -> {
            if (username.equals(currentUser.get().username())) throw new MerchantRefused("merchant.error.own-login");
            staff.setEnabled(merchantId(), username, enabled, currentUser.get());
        });
        return "redirect:/portal/staff";
    }

    private long merchantId() {
        return currentUser.get().merchantId();
    }

    private boolean isAdmin() {
        return currentUser.get().role() == Role.MERCHANT_ADMIN;
    }
}
