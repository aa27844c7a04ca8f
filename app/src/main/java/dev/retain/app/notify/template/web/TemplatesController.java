package dev.retain.app.notify.template.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.template.MarketingLines;
import dev.retain.app.notify.template.MessageTemplate;
import dev.retain.app.notify.template.MessageTemplateStore;
import dev.retain.app.notify.template.TemplatePreview;
import dev.retain.app.notify.template.TemplateDraft;
import dev.retain.app.notify.template.TemplateProblem;
import dev.retain.app.notify.template.TemplateRefusedException;
import dev.retain.app.notify.template.TemplateSettings;
import dev.retain.app.notify.template.TemplateVariables;
import dev.retain.app.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's message templates (issue 11 point 6): the list with the signature and opt-out
 * lines, and an editor per template with a live preview (htmx posts the form as it is typed and
 * swaps in the rendered text, its encoding and its segments) and the template's history. A save
 * with an unknown variable, or any other problem, is refused with the problem named.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TemplatesController {

    private static final List<String> CHANNELS = List.of(Channel.SMS.code(), Channel.EMAIL.code(), Channel.IN_APP.code());

    private final MessageTemplateStore store;
    private final TemplateSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    TemplatesController(MessageTemplateStore store, TemplateSettings settings, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/admin/templates")
    String list(Model model) {
        if (!model.containsAttribute("lines")) model.addAttribute("lines", settings.lines());
        model.addAttribute("templates", store.all());
        model.addAttribute("at", at());
        return "notify/templates";
    }

    @PostMapping("/admin/templates/lines")
    String saveLines(@RequestParam(defaultValue = "") String signature, @RequestParam(defaultValue = "") String optOutZh,
                     @RequestParam(defaultValue = "") String optOutEn, Model model, RedirectAttributes redirect) {
        MarketingLines lines = new MarketingLines(signature, optOutZh, optOutEn);
        try {
            settings.save(lines, currentUser.get());
        } catch (TemplateRefusedException e) {
            model.addAttribute("lines", lines);
            model.addAttribute("lineProblems", e.problems());
            return list(model);
        }
        redirect.addFlashAttribute("linesSaved", true);
        return "redirect:/admin/templates";
    }

    @GetMapping("/admin/templates/new")
    String create(Model model) {
        return editor(new TemplateForm(), null, List.of(), model);
    }

    @PostMapping("/admin/templates")
    String saveNew(@ModelAttribute("form") TemplateForm form, Model model, RedirectAttributes redirect) {
        try {
            MessageTemplate saved = store.create(form.draft(), currentUser.get());
            redirect.addFlashAttribute("saved", saved.version());
            return "redirect:/admin/templates/" + saved.code();
        } catch (TemplateRefusedException e) {
            return editor(form, null, e.problems(), model);
        }
    }

    @GetMapping("/admin/templates/{code}")
    String edit(@PathVariable String code, Model model) {
        MessageTemplate t = store.find(code).orElseThrow(() -> new NotFoundException("template"));
        return editor(TemplateForm.of(t), t, List.of(), model);
    }

    @PostMapping("/admin/templates/{code}")
    String save(@PathVariable String code, @ModelAttribute("form") TemplateForm form, Model model, RedirectAttributes redirect) {
        MessageTemplate current = store.find(code).orElseThrow(() -> new NotFoundException("template"));
        form.setCode(code);
        try {
            MessageTemplate saved = store.update(code, form.getVersion(), form.draft(), currentUser.get());
            redirect.addFlashAttribute("saved", saved.version());
            return "redirect:/admin/templates/" + code;
        } catch (TemplateRefusedException e) {
            return editor(form, current, e.problems(), model);
        }
    }

    /** The preview of the form as typed (htmx): rendered text, encoding and segments per language, and the problems a save would name. */
    @PostMapping("/admin/templates/preview")
    String preview(@ModelAttribute("form") TemplateForm form, Model model) {
        model.addAttribute("preview", TemplatePreview.of(previewDraft(form), settings.lines()));
        return "notify/template :: preview";
    }

    private String editor(TemplateForm form, MessageTemplate current, List<TemplateProblem> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("template", current);
        model.addAttribute("isNew", current == null);
        model.addAttribute("problems", problems);
        model.addAttribute("channelCodes", CHANNELS);
        model.addAttribute("variables", TemplateVariables.all());
        model.addAttribute("history", current == null ? List.of() : store.history(current.code()));
        model.addAttribute("at", at());
        model.addAttribute("preview", TemplatePreview.of(previewDraft(form), settings.lines()));
        return "notify/template";
    }

    /** A new template's preview runs before it has a code: a placeholder code keeps the code's own problem out of it. */
    private static TemplateDraft previewDraft(TemplateForm form) {
        TemplateDraft d = form.draft();
        return d.code() == null || d.code().isBlank()
                ? new TemplateDraft("preview", d.messageClass(), d.channels(), d.variables(), d.subjectZh(), d.bodyZh(), d.subjectEn(), d.bodyEn())
                : d;
    }

    /** Times on the pages: in the business zone, to the minute. */
    private Function<Instant, String> at() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return i -> LocalDateTime.ofInstant(i, clock.getZone()).format(f);
    }
}
