package dev.retain.app.campaign.event.web;

import dev.retain.app.campaign.event.TicketPoolKind;
import dev.retain.app.campaign.event.TicketPoolView;
import dev.retain.app.campaign.event.VipEventClaimChannel;
import dev.retain.app.campaign.event.VipEventClaimResult;
import dev.retain.app.campaign.event.VipEventClaimView;
import dev.retain.app.campaign.event.VipEventDraft;
import dev.retain.app.campaign.event.VipEventKind;
import dev.retain.app.campaign.event.VipEventRefused;
import dev.retain.app.campaign.event.VipEventView;
import dev.retain.app.campaign.event.VipEvents;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * The VIP events screens (SPEC R7.6): {@code /events} (the list, and for supervisors and admins a create form) and
 * {@code /events/{id}} (the event, its pools with tickets taken, and for supervisors, admins and analysts the claims
 * and the waiting list, numbers masked). Supervisors and admins create and change events and pools, claim a ticket for
 * a customer at the desk (staff claim) and cancel claims. Managers see the events and pools, to tell their customers,
 * and claim for their own customers (anyone else's number: 403, R14.2); not who claimed (other managers' customers
 * too). Every refusal comes back as a sentence.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
class VipEventPages {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The event form as typed (datetime-local values in the business time zone). */
    record EventForm(String title, String kind, String venue, String startsAt, String claimsFrom, String claimsUntil, String keyword,
                     Integer perCustomerLimit) implements java.io.Serializable {
    }

    /** A claim as the page shows it: the number masked. */
    record ClaimRow(long id, String msisdn, Long poolId, String channel, String state, Instant at, int position) {
    }

    private final VipEvents events;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    VipEventPages(VipEvents events, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/events")
    String list(Model model) {
        model.addAttribute("events", events.list());
        model.addAttribute("kinds", VipEventKind.values());
        model.addAttribute("canManage", canManage(currentUser.get()));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("now", clock.instant());
        if (!model.containsAttribute("eventForm")) {
            LocalDateTime today = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
            model.addAttribute("eventForm", new EventForm("", "club", "", LOCAL.format(today.plusDays(14).withHour(19)), LOCAL.format(today),
                    LOCAL.format(today.plusDays(10)), "", 1));
        }
        return "campaign/events";
    }

    @PostMapping("/events")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String create(EventForm form, RedirectAttributes redirect) {
        long[] id = {0};
        if (attempt(redirect, "vip.page.created", () -> id[0] = events.create(draft(form), currentUser.get().username()))) {
            return "redirect:/events/" + id[0];
        }
        redirect.addFlashAttribute("eventForm", form);
        return "redirect:/events#new-event";
    }

    @GetMapping("/events/{id}")
    String detail(@PathVariable long id, Model model) {
        RetainUser user = currentUser.get();
        VipEventView event = events.get(id);
        List<TicketPoolView> pools = events.pools(id);
        ZoneId zone = clock.getZone();
        model.addAttribute("event", event);
        model.addAttribute("pools", pools);
        model.addAttribute("poolKinds", TicketPoolKind.values());
        model.addAttribute("tiers", List.of("diamond", "gold", "silver", "none"));
        model.addAttribute("kinds", VipEventKind.values());
        model.addAttribute("canManage", canManage(user));
        model.addAttribute("seesClaims", canManage(user) || user.role() == Role.ANALYST);
        model.addAttribute("claimsForOwn", user.scopedToOwnCustomers());
        model.addAttribute("zone", zone);
        model.addAttribute("takingClaims", event.takingClaims(clock.instant()));
        model.addAttribute("claimKey", UUID.randomUUID().toString());
        if (!model.containsAttribute("eventForm")) {
            model.addAttribute("eventForm", new EventForm(event.title(), event.kind().code(), event.venue(), local(event.startsAt(), zone),
                    local(event.claimsFrom(), zone), local(event.claimsUntil(), zone), event.keyword(), event.perCustomerLimit()));
        }
        if (canManage(user) || user.role() == Role.ANALYST) {
            List<VipEventClaimView> all = events.claims(id);
            int[] position = {0};
            List<ClaimRow> rows = all.stream().map(c -> new ClaimRow(c.id(), PersonalData.maskMsisdn(c.msisdn()), c.poolId(), c.channel().code(),
                    c.state(), c.waiting() ? c.waitingSince() : c.claimed() ? c.claimedAt() : c.cancelledAt(),
                    c.waiting() ? ++position[0] : 0)).toList();
            model.addAttribute("claims", rows.stream().filter(r -> !"waiting".equals(r.state())).toList());
            model.addAttribute("waiting", rows.stream().filter(r -> "waiting".equals(r.state())).toList());
        }
        Map<Long, TicketPoolView> byId = pools.stream().collect(Collectors.toMap(TicketPoolView::id, Function.identity()));
        model.addAttribute("poolsById", byId);
        return "campaign/event";
    }

    @PostMapping("/events/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String change(@PathVariable long id, @RequestParam int version, EventForm form, RedirectAttributes redirect) {
        events.get(id);
        if (!attempt(redirect, "vip.page.saved", () -> events.change(id, version, draft(form), currentUser.get().username()))) {
            redirect.addFlashAttribute("eventForm", form);
        }
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/state")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String setOpen(@PathVariable long id, @RequestParam int version, @RequestParam boolean open, RedirectAttributes redirect) {
        events.get(id);
        attempt(redirect, open ? "vip.page.opened" : "vip.page.closed", () -> events.setOpen(id, version, open, currentUser.get().username()));
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/pools")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String addPool(@PathVariable long id, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "-1") int tickets,
                   @RequestParam(required = false) List<String> tiers, @RequestParam(defaultValue = "") String groupId,
                   RedirectAttributes redirect) {
        events.get(id);
        attempt(redirect, "vip.page.pool-added", () -> events.addPool(id, kind, tickets, tiers, groupId, currentUser.get().username()));
        return "redirect:/events/" + id + "#pools";
    }

    @PostMapping("/events/{id}/pools/{poolId}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String setTickets(@PathVariable long id, @PathVariable long poolId, @RequestParam(defaultValue = "-1") int tickets,
                      RedirectAttributes redirect) {
        attempt(redirect, "vip.page.saved", () -> events.setTickets(id, poolId, tickets, currentUser.get().username()));
        return "redirect:/events/" + id + "#pools";
    }

    /**
     * A ticket for a customer at the desk, or a manager's own customer; the form's key makes a double submit one claim.
     * A manager asking for anyone else's number gets the same 403 as for anyone else's customer's page.
     */
    @PostMapping("/events/{id}/claims")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
    String claim(@PathVariable long id, @RequestParam(defaultValue = "") String msisdn, @RequestParam(defaultValue = "") String key,
                 RedirectAttributes redirect) {
        events.get(id);
        RetainUser user = currentUser.get();
        if (user.scopedToOwnCustomers() && !events.managedBy(msisdn, user.managerId())) {
            throw new org.springframework.security.access.AccessDeniedException("not the manager's customer");
        }
        try {
            VipEventClaimResult result = events.claim(id, msisdn, VipEventClaimChannel.STAFF, key, user.username());
            String sentence = text("vip.outcome." + result.outcome().code());
            redirect.addFlashAttribute(result.claim() == null ? "refused" : "saved", sentence);
        } catch (VipEventRefused e) {
            redirect.addFlashAttribute("refused", text(e.code(), e.args()));
        }
        return "redirect:/events/" + id + (user.scopedToOwnCustomers() ? "#my-claim" : "#claims");
    }

    @PostMapping("/events/{id}/claims/{claimId}/cancel")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String cancel(@PathVariable long id, @PathVariable long claimId, RedirectAttributes redirect) {
        try {
            var promoted = events.cancel(id, claimId, currentUser.get().username());
            redirect.addFlashAttribute("saved", promoted.isPresent()
                    ? text("vip.page.cancelled-promoted", PersonalData.maskMsisdn(promoted.get().msisdn()))
                    : text("vip.page.cancelled"));
        } catch (VipEventRefused e) {
            redirect.addFlashAttribute("refused", text(e.code(), e.args()));
        }
        return "redirect:/events/" + id + "#claims";
    }

    private static boolean canManage(RetainUser user) {
        return user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN;
    }

    private VipEventDraft draft(EventForm f) {
        ZoneId zone = clock.getZone();
        return new VipEventDraft(f.title(), f.kind(), f.venue(), instant(f.startsAt(), zone), instant(f.claimsFrom(), zone),
                instant(f.claimsUntil(), zone), f.keyword(), f.perCustomerLimit() == null ? 0 : f.perCustomerLimit());
    }

    private static Instant instant(String local, ZoneId zone) {
        if (local == null || local.isBlank()) return null;
        try {
            return LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new VipEventRefused("vip.error.times");
        }
    }

    private static String local(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone));
    }

    private boolean attempt(RedirectAttributes redirect, String doneKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", text(doneKey));
            return true;
        } catch (VipEventRefused e) {
            redirect.addFlashAttribute("refused", text(e.code(), e.args()));
            return false;
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

}
