package dev.retain.app.campaign.offer.web;

import dev.retain.app.campaign.offer.Offer;
import dev.retain.app.campaign.offer.OfferDraft;
import dev.retain.app.campaign.offer.OfferKind;
import dev.retain.app.campaign.offer.OfferRefused;
import dev.retain.app.campaign.offer.OfferResponses;
import dev.retain.app.campaign.offer.Offers;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The offer catalogue's screens (SPEC R7.1): {@code /offers} (every offer, and for supervisors and admins a new offer of
 * each kind), {@code /offers/new?kind=…} and {@code /offers/{id}} (the offer with its learned acceptance per zone; for
 * supervisors and admins its form, and retire / make active again). Analysts and the managers read the catalogue (the
 * managers offer from it); complaint handlers and merchant staff are refused. A refusal is shown at its field, the form
 * as typed.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
class OfferPages {

    /**
     * The form as typed; the kind's parameters come as {@code param.<name>}. {@code stockShown}: the stock left when the
     * form was made (acceptances may take some while it is open; see {@link Offers#change}).
     */
    record OfferForm(String code, String nameZh, String nameEn, String kind, String eligibility, String cost, String validFrom,
                     String validTo, String stock, String priorAcceptance, String stockShown) {
    }

    private final Offers offers;
    private final OfferResponses responses;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    OfferPages(Offers offers, OfferResponses responses, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.offers = offers;
        this.responses = responses;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/offers")
    String list(Model model) {
        model.addAttribute("offers", offers.list());
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("canEdit", canEdit(currentUser.get()));
        model.addAttribute("today", LocalDate.now(clock));
        return "campaign/offers";
    }

    @GetMapping("/offers/new")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String newOffer(@RequestParam(defaultValue = "gift") String kind, Model model) {
        OfferKind k = kindOr404(kind);
        LocalDate today = LocalDate.now(clock);
        form(model, null, new OfferForm("", "", "", k.code(), "zone == 'yellow'", "0", today.toString(), today.plusMonths(3).toString(),
                "", "0.2", ""), Map.of(), null);
        return "campaign/offer";
    }

    @PostMapping("/offers")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String create(OfferForm form, @RequestParam Map<String, String> all, Model model, RedirectAttributes redirect) {
        OfferKind k = kindOr404(form.kind());
        Map<String, String> params = params(all);
        try {
            long id = offers.create(draft(form, params), currentUser.get().username());
            redirect.addFlashAttribute("saved", text("offer.page.created"));
            return "redirect:/offers/" + id;
        } catch (OfferRefused e) {
            form(model, null, form, params, e);
            return "campaign/offer";
        }
    }

    @GetMapping("/offers/{id}")
    String detail(@PathVariable long id, Model model) {
        Offer o = offers.get(id);
        String stock = o.stock() == null ? "" : o.stock().toString();
        form(model, o, new OfferForm(o.code(), o.nameZh(), o.nameEn(), o.kind().code(), o.eligibility(), o.cost().toPlainString(),
                o.validFrom().toString(), o.validTo().toString(), stock, o.priorAcceptance().stripTrailingZeros().toPlainString(), stock),
                o.params(), null);
        return "campaign/offer";
    }

    @PostMapping("/offers/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String change(@PathVariable long id, @RequestParam int version, OfferForm form, @RequestParam Map<String, String> all, Model model,
                  RedirectAttributes redirect) {
        Offer o = offers.get(id);
        Map<String, String> params = params(all);
        OfferForm typed = new OfferForm(o.code(), form.nameZh(), form.nameEn(), o.kind().code(), form.eligibility(), form.cost(),
                form.validFrom(), form.validTo(), form.stock(), form.priorAcceptance(), form.stockShown());
        try {
            offers.change(id, version, stock(form.stockShown()), draft(typed, params), currentUser.get().username());
            redirect.addFlashAttribute("saved", text("offer.page.saved"));
            return "redirect:/offers/" + id;
        } catch (OfferRefused e) {
            if ("offer.error.stock-moved".equals(e.code())) {
                // the form now shows the stock as it is: saving again sets the stock typed, knowing what was taken
                typed = new OfferForm(typed.code(), typed.nameZh(), typed.nameEn(), typed.kind(), typed.eligibility(), typed.cost(),
                        typed.validFrom(), typed.validTo(), typed.stock(), typed.priorAcceptance(), o.stock() == null ? "" : o.stock().toString());
            }
            form(model, o, typed, params, e);
            return "campaign/offer";
        }
    }

    @PostMapping("/offers/{id}/state")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String setActive(@PathVariable long id, @RequestParam int version, @RequestParam boolean active, RedirectAttributes redirect) {
        offers.get(id);
        try {
            offers.setActive(id, version, active, currentUser.get().username());
            redirect.addFlashAttribute("saved", text(active ? "offer.page.activated" : "offer.page.retired"));
        } catch (OfferRefused e) {
            redirect.addFlashAttribute("refused", text(e.code(), e.args()));
        }
        return "redirect:/offers/" + id;
    }

    private void form(Model model, Offer offer, OfferForm form, Map<String, String> params, OfferRefused refused) {
        model.addAttribute("offer", offer);
        model.addAttribute("form", form);
        model.addAttribute("kind", OfferKind.of(form.kind()));
        model.addAttribute("params", params);
        model.addAttribute("canEdit", canEdit(currentUser.get()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("priorWeight", responses.priorWeight());
        if (offer != null) model.addAttribute("learned", responses.learned(offer.id()));
        if (refused != null) {
            model.addAttribute("errorField", refused.field() == null ? "" : refused.field());
            model.addAttribute("error", text(refused.code(), refused.args()));
        }
    }

    private static OfferKind kindOr404(String code) {
        try {
            return OfferKind.of(code);
        } catch (OfferRefused e) {
            throw new dev.retain.app.core.web.NotFoundException("no offer kind " + code);
        }
    }

    private static Map<String, String> params(Map<String, String> all) {
        Map<String, String> params = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("param.")) params.put(k.substring("param.".length()), v);
        });
        return params;
    }

    private static OfferDraft draft(OfferForm f, Map<String, String> params) {
        return new OfferDraft(f.code(), f.nameZh(), f.nameEn(), f.kind(), params, f.eligibility(), money(f.cost()),
                date(f.validFrom(), "validFrom"), date(f.validTo(), "validTo"), stock(f.stock()), prior(f.priorAcceptance()));
    }

    private static BigDecimal money(String s) {
        try {
            return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new OfferRefused("cost", "offer.error.cost");
        }
    }

    private static LocalDate date(String s, String field) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new OfferRefused(field, "offer.error.dates");
        }
    }

    private static Integer stock(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new OfferRefused("stock", "offer.error.stock");
        }
    }

    /** A share in (0, 1), or a percentage when above 1 (20 → 0.20). */
    private static BigDecimal prior(String s) {
        try {
            if (s == null || s.isBlank()) return null;
            BigDecimal p = new BigDecimal(s.strip().replace("%", ""));
            return p.compareTo(BigDecimal.ONE) > 0 || s.contains("%") ? p.movePointLeft(2) : p;
        } catch (NumberFormatException e) {
            throw new OfferRefused("priorAcceptance", "offer.error.prior");
        }
    }

    private static boolean canEdit(RetainUser user) {
        return user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
