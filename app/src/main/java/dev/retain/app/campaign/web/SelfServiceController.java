package dev.retain.app.campaign.web;

import dev.retain.app.campaign.OpenedAdvice;
import dev.retain.app.campaign.TariffAdviceLinks;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The customer's self-service tariff advice (SPEC R7.4): {@code /t/{token}} from the SMS, without a login (the security
 * configuration permits exactly this path). The number is masked; an unknown token answers 404 and an expired one 410,
 * each with a page that says so and shows nothing else. Never cached, never indexed.
 */
@Controller
class SelfServiceController {

    private final TariffAdviceLinks links;
    private final Clock clock;

    SelfServiceController(TariffAdviceLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/t/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        OpenedAdvice opened = links.open(token);
        if (opened.state() == OpenedAdvice.State.UNKNOWN) response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        if (opened.state() == OpenedAdvice.State.EXPIRED) response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("opened", opened);
        model.addAttribute("advice", opened.advice());
        model.addAttribute("expires", opened.expiresAt() == null ? null : LocalDateTime.ofInstant(opened.expiresAt(), clock.getZone()));
        return "campaign/self-service";
    }
}
