package dev.retain.app.campaign.campaigns.web;

import dev.retain.app.campaign.campaigns.CampaignDraft;
import dev.retain.app.campaign.campaigns.CampaignOutcomes;
import dev.retain.app.campaign.campaigns.CampaignRefused;
import dev.retain.app.campaign.campaigns.CampaignResponses;
import dev.retain.app.campaign.campaigns.CampaignResults;
import dev.retain.app.campaign.campaigns.CampaignRunResult;
import dev.retain.app.campaign.campaigns.CampaignView;
import dev.retain.app.campaign.campaigns.Campaigns;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign screens (SPEC R7.2): {@code /campaigns} (the list, and for supervisors and admins the set-up form, a
 * refusal shown at its field) and {@code /campaigns/{id}} (the set-up, runs, members per group, responses, and the
 * results with a chart of each uplift and its interval once the measure window has closed). Supervisors and admins
 * run campaigns and upload conversions; analysts read. Numbers never appear on these pages: counts only.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST')")
class CampaignPages {

    /** The refused lines of an import the page lists (the rest are counted). */
    private static final int MAX_REFUSED_SHOWN = 200;

    /** The set-up form as typed: holdout in percent, offers as ids separated by commas. */
    record CampaignForm(String name, String targetRule, String offerIds, String channel, String templateCode, String text,
                        String holdoutPercent, String budget, String start, String end, Boolean autoRun) implements java.io.Serializable {
    }

    private final Campaigns campaigns;
    private final CampaignOutcomes outcomes;
    private final CampaignResponses responses;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    CampaignPages(Campaigns campaigns, CampaignOutcomes outcomes, CampaignResponses responses, CurrentUser currentUser,
                  MessageSource messages, Clock clock) {
        this.campaigns = campaigns;
        this.outcomes = outcomes;
        this.responses = responses;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("catalogue", campaigns.offerCatalogue(LocaleContextHolder.getLocale()));
        model.addAttribute("canManage", canManage(currentUser.get()));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("form")) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("form", new CampaignForm("", "zone == \"yellow\"", "", "sms", "", "", "10", "0", today.toString(),
                    today.plusDays(30).toString(), false));
        }
        return "campaign/campaigns";
    }

    @PostMapping("/campaigns")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String create(CampaignForm form, RedirectAttributes redirect) {
        try {
            long id = campaigns.create(draft(form), currentUser.get().username());
            redirect.addFlashAttribute("saved", text("campaigns.page.created"));
            return "redirect:/campaigns/" + id;
        } catch (CampaignRefused e) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("refusedField", e.field() == null ? "form" : e.field());
            redirect.addFlashAttribute("refused", text(e.code(), e.args()));
            return "redirect:/campaigns#new-campaign";
        }
    }

    @GetMapping("/campaigns/{id}")
    String detail(@PathVariable long id, Model model) {
        CampaignView c = campaigns.get(id);
        CampaignResults r = outcomes.of(c);
        model.addAttribute("c", c);
        model.addAttribute("offers", campaigns.offerLabels(c.offerIds(), LocaleContextHolder.getLocale()));
        model.addAttribute("r", r);
        model.addAttribute("runs", campaigns.runs(id));
        model.addAttribute("canManage", canManage(currentUser.get()));
        model.addAttribute("runsToday", c.runsOn(LocalDate.now(clock)));
        model.addAttribute("zone", clock.getZone());
        if (r.measured()) {
            model.addAttribute("chart", UpliftChart.of(List.of(
                    new UpliftChart.Measure(text("campaigns.results.retention"), r.retention(), text("campaigns.results.unit-pp")),
                    new UpliftChart.Measure(text("campaigns.results.revenue"), r.revenue(), null))));
        }
        return "campaign/campaign";
    }

    @PostMapping("/campaigns/{id}/runs")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String run(@PathVariable long id, RedirectAttributes redirect) {
        try {
            CampaignRunResult r = campaigns.run(id, currentUser.get().username());
            redirect.addFlashAttribute("saved", text("campaigns.page.ran", r.factsMonth().toString(), r.matched(), r.added(), r.treated(),
                    r.added() - r.treated(), r.overBudget()));
        } catch (CampaignRefused e) {
            redirect.addFlashAttribute("refused", text(e.code(), e.args()));
        }
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/campaigns/{id}/conversions")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String conversions(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (InputStreamReader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            CampaignResponses.ImportResult result = responses.importCsv(id, in, currentUser.get().username());
            if (result.refused().isEmpty()) {
                redirect.addFlashAttribute("saved", text("campaigns.page.imported", result.lines(), result.recorded(), result.repeated(), 0));
            } else {
                // all or nothing: every refused line, by its line in the file and its field, so the whole file can be fixed
                redirect.addFlashAttribute("refused", text("campaigns.page.import-refused", result.refused().size(), result.lines()));
                List<String> lines = new ArrayList<>(result.refused().stream().limit(MAX_REFUSED_SHOWN).map(r -> r.field() == null
                        ? text("campaigns.page.refused-line", r.line(), text(r.code()))
                        : text("campaigns.page.refused-line-field", r.line(), text("campaigns.csv.field." + r.field()), text(r.code())))
                        .toList());
                if (result.refused().size() > MAX_REFUSED_SHOWN) {
                    lines.add(text("campaigns.page.refused-more", result.refused().size() - MAX_REFUSED_SHOWN));
                }
                redirect.addFlashAttribute("refusedLines", lines);
            }
        } catch (CampaignRefused e) {
            redirect.addFlashAttribute("refused", text(e.code(), e.args()));
        }
        return "redirect:/campaigns/" + id + "#conversions";
    }

    private static boolean canManage(RetainUser user) {
        return user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN;
    }

    private static CampaignDraft draft(CampaignForm f) {
        List<Long> offers = new ArrayList<>();
        for (String part : (f.offerIds() == null ? "" : f.offerIds()).split("[,，\\s]+")) {
            if (part.isBlank()) continue;
            try {
                offers.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new CampaignRefused("campaigns.error.offer", "offerIds", part.strip());
            }
        }
        BigDecimal percent = decimal(f.holdoutPercent(), "holdoutShare", "campaigns.error.holdout");
        return new CampaignDraft(f.name(), f.targetRule(), offers, f.channel(), f.templateCode(), f.text(),
                percent == null ? null : percent.movePointLeft(2), decimal(f.budget(), "budget", "campaigns.error.budget"),
                date(f.start(), "start", "campaigns.error.start"), date(f.end(), "end", "campaigns.error.end"), Boolean.TRUE.equals(f.autoRun()));
    }

    private static BigDecimal decimal(String s, String field, String code) {
        if (s == null || s.isBlank()) return null;
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new CampaignRefused(code, field);
        }
    }

    private static LocalDate date(String s, String field, String code) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new CampaignRefused(code, field);
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
