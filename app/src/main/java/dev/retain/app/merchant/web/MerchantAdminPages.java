package dev.retain.app.merchant.web;

import dev.retain.app.merchant.ExperienceLimits;
import dev.retain.app.merchant.MerchantClub;
import dev.retain.app.merchant.MerchantDraft;
import dev.retain.app.merchant.MerchantOffers;
import dev.retain.app.merchant.MerchantOutlets;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.MerchantView;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.merchant.OfferView;
import dev.retain.app.merchant.OutletDraft;
import dev.retain.app.merchant.web.MerchantPageModel.OfferForm;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.MerchantStaffLogins.StaffLoginRefused;
import dev.retain.app.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's register of partner merchants (SPEC R11.1), for the admin: the list with a create form and the
 * yearly experiences per tier; one merchant's page with its details (changed against the version the admin saw),
 * online/offline, delete (confirmed by a check box), its history, outlets, offers and staff logins. Every refusal
 * comes back to the page as a sentence in the admin's language.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MerchantAdminPages {

    /** The create form as typed, to fill it again after a refusal. */
    record MerchantForm(String code, String name, String club, String region, String contactName, String contactPhone) implements java.io.Serializable {
    }

    private final Merchants merchants;
    private final MerchantOffers offers;
    private final MerchantOutlets outlets;
    private final MerchantStaffLogins staff;
    private final ExperienceLimits limits;
    private final CurrentUser currentUser;
    private final MerchantPageModel page;

    MerchantAdminPages(Merchants merchants, MerchantOffers offers, MerchantOutlets outlets, MerchantStaffLogins staff,
                       ExperienceLimits limits, CurrentUser currentUser, MerchantPageModel page) {
        this.merchants = merchants;
        this.offers = offers;
        this.outlets = outlets;
        this.staff = staff;
        this.limits = limits;
        this.currentUser = currentUser;
        this.page = page;
    }

    @GetMapping("/admin/merchants")
    String list(@RequestParam(defaultValue = "false") boolean deleted, Model model) {
        model.addAttribute("merchants", merchants.list(deleted));
        model.addAttribute("showDeleted", deleted);
        model.addAttribute("clubs", MerchantClub.values());
        model.addAttribute("limits", limits.all());
        model.addAttribute("zone", page.zone());
        if (!model.containsAttribute("merchantForm")) model.addAttribute("merchantForm", new MerchantForm("", "", "", "", "", ""));
        return "merchant/admin-list";
    }

    @PostMapping("/admin/merchants")
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String club, @RequestParam(defaultValue = "") String region,
                  @RequestParam(defaultValue = "") String contactName, @RequestParam(defaultValue = "") String contactPhone,
                  RedirectAttributes redirect) {
        long[] created = {0};
        boolean done = page.attempt(redirect, "merchant.page.merchant-created", () -> created[0] = merchants.create(
                new MerchantDraft(code, name, club, region, contactName, contactPhone), currentUser.get()).id());
        if (done) return "redirect:/admin/merchants/" + created[0];
        redirect.addFlashAttribute("merchantForm", new MerchantForm(code, name, club, region, contactName, contactPhone));
        return "redirect:/admin/merchants";
    }

    /** The four tiers' yearly experiences at once; an empty field is no limit. */
    @PostMapping("/admin/merchants/limits")
    String setLimits(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        page.attempt(redirect, "merchant.page.limits-saved", () -> {
            Map<String, Integer> perYear = new LinkedHashMap<>();
            for (String tier : ExperienceLimits.TIERS) perYear.put(tier, limit(form.get("limit-" + tier)));
            limits.setAll(perYear, currentUser.get());
        });
        return "redirect:/admin/merchants#limits";
    }

    @GetMapping("/admin/merchants/{id}")
    String detail(@PathVariable long id, Model model) {
        MerchantView merchant = merchants.get(id);
        model.addAttribute("merchant", merchant);
        model.addAttribute("clubs", MerchantClub.values());
        model.addAttribute("history", merchants.history(id));
        model.addAttribute("outlets", outlets.of(id));
        model.addAttribute("offers", offers.of(id));
        model.addAttribute("logins", staff.ofMerchant(id));
        model.addAttribute("staffRoles", List.of(Role.MERCHANT_CLERK, Role.MERCHANT_ADMIN));
        model.addAttribute("zone", page.zone());
        if (!model.containsAttribute("offerForm")) model.addAttribute("offerForm", OfferForm.empty(page.today()));
        return "merchant/admin-detail";
    }

    @PostMapping("/admin/merchants/{id}")
    String change(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String club, @RequestParam(defaultValue = "") String region,
                  @RequestParam(defaultValue = "") String contactName, @RequestParam(defaultValue = "") String contactPhone,
                  RedirectAttributes redirect) {
        page.attempt(redirect, "merchant.page.saved", () -> merchants.change(id, version,
                new MerchantDraft(null, name, club, region, contactName, contactPhone), currentUser.get()));
        return back(id);
    }

    @PostMapping("/admin/merchants/{id}/state")
    String setOnline(@PathVariable long id, @RequestParam int version, @RequestParam boolean online, RedirectAttributes redirect) {
        page.attempt(redirect, online ? "merchant.page.now-online" : "merchant.page.now-offline",
                () -> merchants.setOnline(id, version, online, currentUser.get()));
        return back(id);
    }

    /** Deletes only with the confirmation box ticked; afterwards the list (a deleted merchant shows under "show deleted"). */
    @PostMapping("/admin/merchants/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "false") boolean confirm,
                  RedirectAttributes redirect) {
        boolean done = page.attempt(redirect, "merchant.page.deleted", () -> {
            if (!confirm) throw new MerchantRefused("merchant.page.delete-unconfirmed");
            merchants.delete(id, version, currentUser.get());
        });
        return done ? "redirect:/admin/merchants" : back(id);
    }

    @PostMapping("/admin/merchants/{id}/outlets")
    String addOutlet(@PathVariable long id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String address,
                     @RequestParam(defaultValue = "") String openingHours, RedirectAttributes redirect) {
        page.attempt(redirect, "merchant.page.outlet-added", () -> outlets.add(id, new OutletDraft(name, address, openingHours)));
        return back(id) + "#outlets";
    }

    @PostMapping("/admin/merchants/{id}/outlets/{outletId}")
    String changeOutlet(@PathVariable long id, @PathVariable long outletId, @RequestParam(defaultValue = "") String name,
                        @RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String openingHours,
                        @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        merchants.get(id);
        page.attempt(redirect, "merchant.page.saved",
                () -> outlets.change(id, outletId, new OutletDraft(name, address, openingHours), active));
        return back(id) + "#outlets";
    }

    @PostMapping("/admin/merchants/{id}/offers")
    String addOffer(@PathVariable long id, OfferForm form, RedirectAttributes redirect) {
        if (!page.attempt(redirect, "merchant.page.offer-added", () -> offers.create(id, form.draft()))) {
            redirect.addFlashAttribute("offerForm", form);
        }
        return back(id) + "#offers";
    }

    @GetMapping("/admin/merchants/{id}/offers/{offerId}")
    String offer(@PathVariable long id, @PathVariable long offerId, Model model) {
        MerchantView merchant = merchants.get(id);
        OfferView offer = offers.get(id, offerId);
        model.addAttribute("merchant", merchant);
        model.addAttribute("offer", offer);
        if (!model.containsAttribute("offerForm")) model.addAttribute("offerForm", OfferForm.of(offer));
        model.addAttribute("editable", !merchant.deleted());
        model.addAttribute("action", "/admin/merchants/" + id + "/offers/" + offerId);
        model.addAttribute("back", "/admin/merchants/" + id);
        model.addAttribute("navKey", "merchants");
        return "merchant/offer";
    }

    @PostMapping("/admin/merchants/{id}/offers/{offerId}")
    String changeOffer(@PathVariable long id, @PathVariable long offerId, OfferForm form, RedirectAttributes redirect) {
        offers.get(id, offerId);
        if (page.attempt(redirect, "merchant.page.saved", () -> offers.change(id, offerId, form.draft(), form.activeTicked()))) {
            return back(id) + "#offers";
        }
        redirect.addFlashAttribute("offerForm", form);
        return "redirect:/admin/merchants/" + id + "/offers/" + offerId;
    }

    /** A merchant's first admin, or more clerks: the operator's admin may make either. */
    @PostMapping("/admin/merchants/{id}/staff")
    String createLogin(@PathVariable long id, @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                       @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String role,
                       RedirectAttributes redirect) {
        MerchantView merchant = merchants.get(id);
        page.attempt(redirect, "merchant.page.login-created", () -> {
            if (merchant.deleted()) throw new MerchantRefused("merchant.error.deleted", merchant.code());
            staff.create(id, username, password, displayName, staffRole(role), currentUser.get());
        });
        return back(id) + "#staff";
    }

    @PostMapping("/admin/merchants/{id}/staff/{username}/enabled")
    String setLoginEnabled(@PathVariable long id, @PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        MerchantView merchant = merchants.get(id);
        page.attempt(redirect, "merchant.page.saved", () -> {
            // a deleted merchant's logins stay disabled: nobody may act for it again
            if (enabled && merchant.deleted()) throw new MerchantRefused("merchant.error.deleted", merchant.code());
            staff.setEnabled(id, username, enabled, currentUser.get());
        });
        return back(id) + "#staff";
    }

    private static String back(long id) {
        return "redirect:/admin/merchants/" + id;
    }

    /** A merchant staff role from the form; any other is refused as the security module refuses it. */
    static Role staffRole(String code) {
        try {
            Role role = Role.ofCode(code);
            if (!role.isMerchantStaff()) throw new StaffLoginRefused("users.error.merchant-role");
            return role;
        } catch (IllegalArgumentException e) {
            throw new StaffLoginRefused("users.error.role", code);
        }
    }

    private static Integer limit(String typed) {
        if (typed == null || typed.isBlank()) return null;
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new MerchantRefused("merchant.error.limit");
        }
    }
}
