package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.monitor.CallbackQueueReadModel;
import dev.retain.app.complaint.internal.monitor.CallbackSampling;
import dev.retain.app.complaint.internal.monitor.MonitorSettings;
import dev.retain.app.complaint.internal.monitor.QualityCallbacks;
import dev.retain.app.security.CurrentUser;
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
 * The monitor's quality callbacks (004 step 4, SPEC R9.4): the queue of sampled closed
 * complaints, where a handler records reached / unreached and a satisfaction score 1-5; the
 * admin's share of closed complaints sampled; links to the time-limit board and the audit lists.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
class MonitorController {

    private static final int SHOWN = 200;

    private final CallbackQueueReadModel queue;
    private final QualityCallbacks callbacks;
    private final CallbackSampling sampling;
    private final MonitorSettings settings;
    private final CurrentUser currentUser;

    MonitorController(CallbackQueueReadModel queue, QualityCallbacks callbacks, CallbackSampling sampling, MonitorSettings settings,
                      CurrentUser currentUser) {
        this.queue = queue;
        this.callbacks = callbacks;
        this.sampling = sampling;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @GetMapping("/complaints/callbacks")
    String page(Model model) {
        model.addAttribute("open", queue.queue(true, SHOWN));
        model.addAttribute("done", queue.queue(false, SHOWN));
        model.addAttribute("counts", queue.counts());
        model.addAttribute("share", settings.callbackSharePercent());
        Role role = currentUser.get().role();
        // the forms a role is offered are the ones its @PreAuthorize lets through
        model.addAttribute("mayRecord", role == Role.COMPLAINT_HANDLER || role == Role.SUPERVISOR);
        model.addAttribute("mayConfigure", role == Role.ADMIN);
        return "complaint/monitor";
    }

    @PostMapping("/complaints/callbacks/{id}")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR')")
    String record(@PathVariable long id, @RequestParam(defaultValue = "") String outcome,
                  @RequestParam(required = false) Integer satisfaction, @RequestParam(defaultValue = "") String note,
                  RedirectAttributes redirect) {
        try {
            callbacks.record(id, outcome, satisfaction, note, currentUser.get());
            redirect.addFlashAttribute("saved", "complaint.monitor.recorded");
        } catch (QualityCallbacks.Refused e) {
            redirect.addFlashAttribute("refused", e.key());
        }
        return "redirect:/complaints/callbacks";
    }

    /** Samples the complaints closed since the last run now (the job does it every few minutes). */
    @PostMapping("/complaints/callbacks/sample")
    String sampleNow(RedirectAttributes redirect) {
        CallbackSampling.Run run = sampling.run();
        redirect.addFlashAttribute("sampledRun", run);
        return "redirect:/complaints/callbacks";
    }

    @PostMapping("/complaints/callbacks/share")
    @PreAuthorize("hasRole('ADMIN')")
    String setShare(@RequestParam(defaultValue = "") String share, RedirectAttributes redirect) {
        try {
            settings.setCallbackSharePercent(Integer.parseInt(share.strip()), currentUser.get());
            redirect.addFlashAttribute("saved", "complaint.monitor.shareSaved");
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            redirect.addFlashAttribute("refused", "complaint.monitor.refused.share");
        }
        return "redirect:/complaints/callbacks";
    }
}
