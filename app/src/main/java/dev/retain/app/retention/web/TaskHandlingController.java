package dev.retain.app.retention.web;

import dev.retain.app.campaign.CampaignCalls;
import dev.retain.app.campaign.FamilyPlanAdvice;
import dev.retain.app.campaign.TariffAdvice;
import dev.retain.app.campaign.TariffAdviceView;
import dev.retain.app.campaign.offer.NextBestOffers;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.retention.ContactCodes;
import dev.retain.app.retention.CustomerAccess;
import dev.retain.app.retention.internal.TaskContacts;
import dev.retain.app.retention.internal.TaskReadModel;
import dev.retain.app.retention.internal.TaskRow;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handling one task straight from My tasks: the task and the contact form, which posts to
 * the customer's contact history like the form on the 360 view. The contacts already logged
 * on the task, and on the earlier months' tasks it superseded, are listed above the form.
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
class TaskHandlingController {

    private final TaskReadModel tasks;
    private final TaskContacts taskContacts;
    private final CustomerAccess access;
    private final CustomerPage page;
    private final CurrentUser currentUser;
    private final TariffAdvice tariffAdvice;
    private final CampaignCalls campaignCalls;
    private final FamilyPlanAdvice familyAdvice;
    private final NextBestOffers nextBestOffers;
    private final OfferAnswers offerAnswers;

    TaskHandlingController(TaskReadModel tasks, TaskContacts taskContacts, CustomerAccess access, CustomerPage page,
                           CurrentUser currentUser, TariffAdvice tariffAdvice, FamilyPlanAdvice familyAdvice,
                           NextBestOffers nextBestOffers, OfferAnswers offerAnswers, CampaignCalls campaignCalls) {
        this.nextBestOffers = nextBestOffers;
        this.offerAnswers = offerAnswers;
        this.tariffAdvice = tariffAdvice;
        this.campaignCalls = campaignCalls;
        this.familyAdvice = familyAdvice;
        this.tasks = tasks;
        this.taskContacts = taskContacts;
        this.access = access;
        this.page = page;
        this.currentUser = currentUser;
    }

    @GetMapping("/tasks/{taskId}/handle")
    String handle(@PathVariable String taskId, Model model) {
        RetainUser me = currentUser.get();
        String msisdn = tasks.msisdnOfTask(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
        access.requireMayWrite(me, msisdn);
        TaskRow task = tasks.openTasksOfCustomer(msisdn).stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("open task " + taskId));
        model.addAttribute("task", task);
        // the zone playbooks (SPEC R4.3): a price-sensitive yellow customer gets the tariff advice, a red one the family plan
        if ("yellow".equals(task.zone())) {
            tariffAdvice.of(msisdn).filter(TariffAdviceView::priceSensitive).ifPresent(a -> model.addAttribute("tariffAdvice", a));
        }
        if ("red".equals(task.zone())) familyAdvice.of(msisdn).ifPresent(f -> model.addAttribute("familyAdvice", f));
        // the next best offer (SPEC R7.3) on every task, whatever the zone
        model.addAttribute("nextBestOffer", nextBestOffers.of(msisdn, org.springframework.context.i18n.LocaleContextHolder.getLocale()).orElse(null));
        model.addAttribute("openTasks", List.of(task));
        // a campaign's call: which campaign, and its offers, for what to say
        campaignCalls.describe(taskId, org.springframework.context.i18n.LocaleContextHolder.getLocale())
                .ifPresent(d -> model.addAttribute("campaignCall", d));
        // what was already logged, also against the earlier months' tasks this one superseded
        model.addAttribute("taskContacts", taskContacts.of(taskId));
        model.addAttribute("contactForm", page.newContactForm(me, List.of(task)));
        model.addAttribute("channels", ContactCodes.CHANNELS);
        model.addAttribute("outcomes", ContactCodes.OUTCOMES);
        model.addAttribute("declineReasons", ContactCodes.DECLINE_REASONS);
        return "retention/handle-task";
    }

    /** Records the customer's answer to a next best offer made on this task (SPEC R7.3): the task's manager, or a supervisor. */
    @PostMapping("/tasks/{taskId}/offers/{offerId}")
    String recordOfferAnswer(@PathVariable String taskId, @PathVariable long offerId,
                             @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String outcome,
                             @org.springframework.web.bind.annotation.RequestParam(name = "formKey", defaultValue = "") String formKey,
                             RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        String msisdn = tasks.msisdnOfTask(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
        access.requireMayWrite(me, msisdn);
        offerAnswers.record(me, msisdn, offerId, outcome, taskId, formKey, redirect);
        return "redirect:/tasks/" + org.springframework.web.util.UriUtils.encodePathSegment(taskId, java.nio.charset.StandardCharsets.UTF_8)
                + "/handle#next-best-offer";
    }
}
