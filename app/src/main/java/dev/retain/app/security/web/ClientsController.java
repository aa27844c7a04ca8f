package dev.retain.app.security.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.Scope;
import dev.retain.app.security.internal.ApiClients;
import dev.retain.app.security.internal.ApiClients.IssuedKey;
import dev.retain.app.security.internal.ApiClients.Refused;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /admin/clients: the other systems that call the API (role {@code system}), their scopes and
 * keys. A new or rotated key is shown once, in the answer to the form that made it (never
 * stored in the session, never shown again); the page is not cached (Spring Security's headers).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ClientsController {

    static final long DEFAULT_GRACE_HOURS = 24;

    private final ApiClients clients;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    ClientsController(ApiClients clients, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.clients = clients;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/clients")
    String list(Model model) {
        return page(model, "", Set.of());
    }

    @PostMapping("/admin/clients")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> scopes, Model model) {
        Set<Scope> chosen = scopes(scopes);
        try {
            model.addAttribute("issued", clients.create(name, chosen, currentUser.get()));
            return page(model, "", Set.of());
        } catch (Refused refused) {
            model.addAttribute("refused", messages.getMessage(refused.code(), new Object[] {refused.getMessage()}, LocaleContextHolder.getLocale()));
            return page(model, name, chosen);
        }
    }

    @PostMapping("/admin/clients/{id}/rotate")
    String rotate(@PathVariable long id, @RequestParam(defaultValue = "" + DEFAULT_GRACE_HOURS) long graceHours, Model model) {
        existing(id);
        try {
            IssuedKey key = clients.rotate(id, Duration.ofHours(graceHours), currentUser.get());
            model.addAttribute("issued", key);
        } catch (Refused refused) {
            model.addAttribute("refused", messages.getMessage(refused.code(), new Object[] {refused.getMessage()}, LocaleContextHolder.getLocale()));
        }
        return page(model, "", Set.of());
    }

    @PostMapping("/admin/clients/{id}/revoke")
    String revoke(@PathVariable long id) {
        existing(id);
        clients.revoke(id, currentUser.get());
        return "redirect:/admin/clients";
    }

    private String page(Model model, String name, Set<Scope> chosen) {
        model.addAttribute("clients", clients.all());
        // the counter scope is a merchant till's, made on the merchant portal
        model.addAttribute("scopes", java.util.Arrays.stream(Scope.values()).filter(x -> x != Scope.COUNTER).toList());
        model.addAttribute("name", name);
        model.addAttribute("chosen", chosen);
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("defaultGraceHours", DEFAULT_GRACE_HOURS);
        model.addAttribute("maxGraceHours", ApiClients.MAX_GRACE.toHours());
        return "security/clients";
    }

    private void existing(long id) {
        if (clients.find(id).isEmpty()) throw new NotFoundException("no client " + id);
    }

    /** Ticked scopes; a code that is no scope grants nothing. */
    private static Set<Scope> scopes(List<String> codes) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (codes != null) codes.forEach(code -> Scope.ofCode(code).ifPresent(scopes::add));
        return scopes;
    }
}
