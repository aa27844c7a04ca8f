package dev.retain.app.inspection.web;

import dev.retain.app.inspection.Finding;
import dev.retain.app.inspection.FindingDraft;
import dev.retain.app.inspection.InspectionRefused;
import dev.retain.app.inspection.InspectionRounds;
import dev.retain.app.inspection.RoundDraft;
import dev.retain.app.inspection.SampledCustomer;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspection screens (SPEC R12.4): {@code /inspections} (the rounds, and for supervisors and admins the form that
 * draws one), {@code /inspections/{id}} (the allocation, the sample with the findings, the results by manager and
 * stratum, the customers with a problem) and, for supervisors and admins, {@code /inspections/{id}/customers/{key}} (one
 * sampled customer's finding form). Analysts read. Customers
 * appear by masked number and link by key; a finding is posted with the customer key, never a number.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST')")
class InspectionPages {

    /** The new-round form as typed. */
    record RoundForm(String branch, String sampleSize, String minPerStratum, String seed, String note) implements java.io.Serializable {
    }

    /** A finding as posted: yes/no answers as "true"/"false". */
    record FindingForm(String customer, String method, String foundOn, String profileCorrect, String profileIssue, String knowsManager,
                       String serviceReceived, String notes) implements java.io.Serializable {
    }

    private final InspectionRounds rounds;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    InspectionPages(InspectionRounds rounds, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/inspections")
    String list(Model model) {
        model.addAttribute("rounds", rounds.list());
        model.addAttribute("canManage", canManage(currentUser.get()));
        if (canManage(currentUser.get())) model.addAttribute("branches", rounds.branches());
        if (!model.containsAttribute("form")) model.addAttribute("form", new RoundForm("", "30", "2", "", ""));
        model.addAttribute("maxSample", InspectionRounds.MAX_SAMPLE);
        model.addAttribute("maxMinimum", InspectionRounds.MAX_MINIMUM);
        return "inspection/rounds";
    }

    @PostMapping("/inspections")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String draw(RoundForm form, RedirectAttributes redirect) {
        try {
            String[] branch = (form.branch() == null ? "" : form.branch()).split("\\|", 2);
            long id = rounds.draw(new RoundDraft(branch[0], branch.length > 1 ? branch[1] : null,
                    integer(form.sampleSize(), "sampleSize", "inspection.error.sample-size"),
                    integer(form.minPerStratum(), "minPerStratum", "inspection.error.minimum"), seed(form.seed()), form.note()),
                    currentUser.get().username());
            redirect.addFlashAttribute("saved", text("inspection.page.drawn"));
            return "redirect:/inspections/" + id;
        } catch (InspectionRefused e) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("refusedField", e.field() == null ? "form" : e.field());
            redirect.addFlashAttribute("refused", text(e.code(), e.args()));
            return "redirect:/inspections#new-round";
        }
    }

    @GetMapping("/inspections/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("round", rounds.get(id));
        model.addAttribute("strata", rounds.strata(id));
        List<SampledCustomer> sample = rounds.sample(id);
        model.addAttribute("sample", sample);
        model.addAttribute("results", rounds.resultsOf(sample));
        model.addAttribute("canManage", canManage(currentUser.get()));
        model.addAttribute("today", LocalDate.now(clock));
        return "inspection/round";
    }

    /** The finding form of one sampled customer (addressed by key), filled with the finding so far. */
    @GetMapping("/inspections/{id}/customers/{key}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String finding(@PathVariable long id, @PathVariable UUID key, Model model) {
        SampledCustomer c = rounds.sampled(id, key);
        model.addAttribute("round", rounds.get(id));
        model.addAttribute("c", c);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        if (!model.containsAttribute("form")) {
            Finding f = c.finding();
            model.addAttribute("form", f == null
                    ? new FindingForm(key.toString(), "visit", today.toString(), null, "", null, null, "")
                    : new FindingForm(key.toString(), f.method(), f.foundOn().toString(), String.valueOf(f.profileCorrect()), f.profileIssue(),
                            String.valueOf(f.knowsManager()), String.valueOf(f.serviceReceived()), f.notes()));
        }
        return "inspection/finding";
    }

    @PostMapping("/inspections/{id}/findings")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String record(@PathVariable long id, FindingForm form, RedirectAttributes redirect) {
        UUID key;
        try {
            key = uuid(form.customer());
            rounds.record(id, key, new FindingDraft(form.method(), date(form.foundOn()), yesNo(form.profileCorrect()), form.profileIssue(),
                    yesNo(form.knowsManager()), yesNo(form.serviceReceived()), form.notes()), currentUser.get().username());
        } catch (InspectionRefused e) {
            redirect.addFlashAttribute("refused", text(e.code(), e.args()));
            if ("customer".equals(e.field())) return "redirect:/inspections/" + id;
            // back to the customer's form, as typed, the refusal at its field
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("refusedField", e.field());
            return "redirect:/inspections/" + id + "/customers/" + form.customer().strip();
        }
        redirect.addFlashAttribute("saved", text("inspection.page.recorded"));
        return "redirect:/inspections/" + id + "#c-" + key;
    }

    private static boolean canManage(RetainUser user) {
        return user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN;
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s == null ? "" : s.strip());
        } catch (IllegalArgumentException e) {
            throw new InspectionRefused("inspection.error.not-sampled", "customer");
        }
    }

    private static Boolean yesNo(String s) {
        return "true".equals(s) ? Boolean.TRUE : "false".equals(s) ? Boolean.FALSE : null;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InspectionRefused("inspection.error.found-on", "foundOn");
        }
    }

    private static Integer integer(String s, String field, String code) {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new InspectionRefused(code, field, field.equals("sampleSize") ? InspectionRounds.MAX_SAMPLE : InspectionRounds.MAX_MINIMUM);
        }
    }

    private static Long seed(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new InspectionRefused("inspection.error.seed", "seed");
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
