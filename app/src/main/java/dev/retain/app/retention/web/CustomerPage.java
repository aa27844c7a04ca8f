package dev.retain.app.retention.web;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.campaign.FamilyPlanAdvice;
import dev.retain.app.campaign.TariffAdvice;
import dev.retain.app.campaign.offer.NextBestOffers;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.notify.CustomerMessages;
import dev.retain.app.retention.ContactCodes;
import dev.retain.app.retention.ContactForm;
import dev.retain.app.retention.internal.CustomerHistory.SegmentMonth;
import dev.retain.app.retention.internal.CustomerHistory.UsageMonth;
import dev.retain.app.retention.internal.CustomerComplaintsReadModel;
import dev.retain.app.retention.internal.CustomerProfile;
import dev.retain.app.retention.internal.CustomerReadModel;
import dev.retain.app.retention.internal.TaskReadModel;
import dev.retain.app.retention.internal.TaskRow;
import dev.retain.app.retention.internal.ZoneExplanation;
import dev.retain.app.security.Role;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the 360 view (shown after a GET and again after a form with errors). */
@Component
class CustomerPage {

    static final String VIEW = "retention/customer";

    private final CustomerReadModel customers;
    private final TaskReadModel tasks;
    private final RetentionSettings settings;
    private final CustomerMessages messages;
    private final Clock clock;
    private final CustomerComplaintsReadModel complaints;
    private final TariffAdvice tariffAdvice;
    private final FamilyPlanAdvice familyAdvice;
    private final NextBestOffers nextBestOffers;

    /** The newest messages the 360 view lists (the outbox page has them all). */
    static final int MESSAGES = 10;

    CustomerPage(CustomerReadModel customers, TaskReadModel tasks, RetentionSettings settings, CustomerMessages messages, Clock clock,
                 CustomerComplaintsReadModel complaints, TariffAdvice tariffAdvice, FamilyPlanAdvice familyAdvice, NextBestOffers nextBestOffers) {
        this.nextBestOffers = nextBestOffers;
        this.complaints = complaints;
        this.tariffAdvice = tariffAdvice;
        this.familyAdvice = familyAdvice;
        this.customers = customers;
        this.tasks = tasks;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** A contact form for the most urgent open task, with the channel the user's role works in. */
    ContactForm newContactForm(RetainUser user, List<TaskRow> openTasks) {
        ContactForm form = new ContactForm();
        if (!openTasks.isEmpty()) form.setTaskId(openTasks.get(0).taskId());
        if (user.role() == Role.PHONE_MANAGER) form.setChannel("phone_manager");
        if (user.role() == Role.CUSTOMER_MANAGER) form.setChannel("customer_manager");
        return form;
    }

    String show(RetainUser user, String msisdn, boolean revealed, Model model) {
        CustomerProfile profile = customers.profile(msisdn).orElseThrow(() -> new NotFoundException("subscriber"));
        List<SegmentMonth> segments = customers.segments(msisdn);
        List<UsageMonth> trend = customers.usageTrend(msisdn);
        List<TaskRow> openTasks = tasks.openTasksOfCustomer(msisdn);
        model.addAttribute("c", profile);
        model.addAttribute("revealed", revealed);
        model.addAttribute("shown", ShownPersonalData.of(profile, user, revealed, LocalDate.now(clock)));
        model.addAttribute("segments", segments);
        model.addAttribute("latest", segments.isEmpty() ? null : segments.get(0));
        model.addAttribute("why", segments.isEmpty() ? null
                : ZoneExplanation.of(segments.get(0), settings.thresholds(), profile.minCommit()));
        model.addAttribute("trend", TrendChart.of(trend));
        model.addAttribute("openTasks", openTasks);
        model.addAttribute("warnings", warnings(openTasks));
        // the unified contact history (R8.1): the managers' contacts and the complaints' and work orders' ones
        model.addAttribute("contacts", CustomerComplaintsReadModel.merged(customers.contacts(msisdn), complaints.contacts(msisdn)));
        model.addAttribute("complaints", complaints.complaints(msisdn));
        model.addAttribute("workOrders", complaints.workOrders(msisdn));
        model.addAttribute("now", java.time.LocalDateTime.now(clock));
        model.addAttribute("mayOpenComplaints", user.role() == Role.COMPLAINT_HANDLER || user.role() == Role.SUPERVISOR
                || user.role() == Role.ADMIN);
        model.addAttribute("notes", customers.notes(msisdn));
        model.addAttribute("messages", messages.newest(msisdn, MESSAGES));
        // the campaign module's tariff calculator and family-plan detection (SPEC R7.4, R7.5); null without usage
        model.addAttribute("tariffAdvice", tariffAdvice.of(msisdn).orElse(null));
        model.addAttribute("familyAdvice", familyAdvice.of(msisdn).orElse(null));
        // the campaign module's next best offer (SPEC R7.3); null without rule facts
        model.addAttribute("nextBestOffer", nextBestOffers.of(msisdn, org.springframework.context.i18n.LocaleContextHolder.getLocale()).orElse(null));
        model.addAttribute("mayWrite", user.canWrite() && user.role() != Role.ADMIN && user.role() != Role.COMPLAINT_HANDLER);
        model.addAttribute("channels", ContactCodes.CHANNELS);
        model.addAttribute("outcomes", ContactCodes.OUTCOMES);
        model.addAttribute("declineReasons", ContactCodes.DECLINE_REASONS);
        if (!model.containsAttribute("contactForm")) model.addAttribute("contactForm", newContactForm(user, openTasks));
        if (!model.containsAttribute("noteForm")) model.addAttribute("noteForm", new NoteForm());
        return VIEW;
    }

    /** The warnings behind the open tasks: every matched rule once, most urgent first. */
    private static List<String> warnings(List<TaskRow> openTasks) {
        Set<String> reasons = new LinkedHashSet<>();
        openTasks.forEach(t -> reasons.addAll(t.reasons()));
        return List.copyOf(reasons);
    }
}
