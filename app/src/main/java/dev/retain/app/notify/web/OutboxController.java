package dev.retain.app.notify.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageState;
import dev.retain.app.notify.internal.OutboxReadModel;
import dev.retain.app.notify.internal.OutboxReadModel.Detail;
import dev.retain.app.notify.internal.OutboxReadModel.Filter;
import dev.retain.app.notify.internal.Viewers;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox on screen (issue 11, point 8): every message with its state and, when held,
 * suppressed or failed, why; filters by state, channel, reason, day and customer; one message's
 * history. Supervisors, admins and analysts see the province, managers their own customers; numbers
 * masked, a secret body never shown.
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST', 'COMPLAINT_HANDLER')")
class OutboxController {

    static final int PAGE = 50;
    static final List<Channel> CHANNELS = List.of(Channel.SMS, Channel.EMAIL, Channel.IN_APP);

    private final OutboxReadModel outbox;
    private final Viewers viewers;
    private final CurrentUser currentUser;

    OutboxController(OutboxReadModel outbox, Viewers viewers, CurrentUser currentUser) {
        this.outbox = outbox;
        this.viewers = viewers;
        this.currentUser = currentUser;
    }

    @GetMapping("/messages")
    String messages(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "") String channel,
                    @RequestParam(defaultValue = "") String reason,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(defaultValue = "") String customerKey, @RequestParam(defaultValue = "0") int page, Model model) {
        RetainUser me = currentUser.get();
        String shownState = Arrays.stream(MessageState.values()).map(MessageState::code).filter(state::equals).findFirst().orElse("");
        String shownChannel = CHANNELS.stream().map(Channel::code).filter(channel::equals).findFirst().orElse("");
        String msisdn = customerKey.isBlank() ? null : viewers.openByKey(me, customerKey);
        int p = Math.max(0, page);
        model.addAttribute("rows", outbox.page(new Filter(shownState, shownChannel, reason, from, to, msisdn), viewers.scope(me),
                p * PAGE, PAGE + 1));
        model.addAttribute("states", MessageState.values());
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("state", shownState);
        model.addAttribute("channel", shownChannel);
        model.addAttribute("reason", reason.strip());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("customerKey", msisdn == null ? "" : customerKey.strip());
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        return "notify/messages";
    }

    @GetMapping("/messages/{id}")
    String message(@PathVariable long id, Model model) {
        RetainUser me = currentUser.get();
        Detail detail = outbox.detail(id).orElseThrow(() -> new NotFoundException("message"));
        String msisdn = detail.row().msisdn();
        if (msisdn == null ? me.scopedToOwnCustomers() : !viewers.mayOpen(me, msisdn)) {
            throw new AccessDeniedException(me.username() + " may not see message " + id);
        }
        model.addAttribute("m", detail);
        model.addAttribute("history", outbox.history(id));
        return "notify/message";
    }
}
