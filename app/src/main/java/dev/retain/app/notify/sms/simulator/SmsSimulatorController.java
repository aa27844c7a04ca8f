package dev.retain.app.notify.sms.simulator;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.notify.sms.SmsBindState;
import dev.retain.app.notify.sms.SmsSettings;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /sms/simulator: what the local SMSC simulator of {@code retain demo} received, and a form to
 * answer as a customer (a mobile-originated message, e.g. "TD" to opt out). Only while the
 * simulator runs; numbers masked as everywhere (the reply names a received message by the
 * simulator's own counter, or takes a number typed into the POST body — never a number in a URL).
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
class SmsSimulatorController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ObjectProvider<SmscSimulator> simulator;
    private final SmsBindState bindState;
    private final SmsSettings settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ZoneId zone;

    SmsSimulatorController(ObjectProvider<SmscSimulator> simulator, SmsBindState bindState, SmsSettings settings, CurrentUser currentUser,
                           AuditLog audit, Clock clock) {
        this.simulator = simulator;
        this.bindState = bindState;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = clock.getZone();
    }

    /** A row of the page: the customer's number masked, the text with any number in it masked. */
    record Row(long number, String at, boolean fromCustomer, String customer, String text, String encoding, int segments) {
    }

    private SmscSimulator running() {
        SmscSimulator s = simulator.getIfAvailable();
        if (s == null) throw new NotFoundException("the SMS simulator (it runs only in retain demo, with no SMS gateway configured)");
        return s;
    }

    @GetMapping("/sms/simulator")
    String page(Model model) {
        SmscSimulator s = running();
        List<Row> rows = s.messages().stream().map(m -> new Row(m.number(),
                TIME.format(m.at().atZone(zone)), m.fromCustomer(),
                PersonalData.maskMsisdn(m.fromCustomer() ? m.from() : m.to()), PersonalData.maskNumbersIn(m.text()),
                m.encoding(), m.segments())).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("bound", bindState.value() == 1);
        model.addAttribute("replyAddress", settings.smpp().sourceAddress());
        model.addAttribute("port", s.port());
        return "notify/sms-simulator";
    }

    /**
     * Shows one secret message's text as the customer's handset would (a merchant counter's one-time code), so that a
     * demo user can play the customer. Audited as a reveal; the text goes to the page once, as a flash attribute.
     */
    @PostMapping("/sms/simulator/handset")
    String handset(@RequestParam long message, RedirectAttributes redirect) {
        SmscSimulator s = running();
        Optional<String> text = s.handsetText(message);
        if (text.isEmpty()) {
            redirect.addFlashAttribute("problem", "sms.simulator.handset.none");
        } else {
            audit.record(currentUser.get(), AuditLog.REVEAL, "sms-simulator:" + message, "one-time code read as the customer's handset");
            redirect.addFlashAttribute("handsetNumber", message);
            redirect.addFlashAttribute("handsetText", text.get());
        }
        return "redirect:/sms/simulator";
    }

    @PostMapping("/sms/simulator/reply")
    String reply(@RequestParam(required = false) Long replyTo, @RequestParam(required = false) String number,
                 @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        SmscSimulator s = running();
        Optional<String> from = replyTo != null ? s.message(replyTo).filter(m -> !m.fromCustomer()).map(SimulatedMessage::to)
                : Optional.ofNullable(number).map(String::strip).filter(Msisdn::isValid);
        if (from.isEmpty()) {
            redirect.addFlashAttribute("problem", replyTo != null ? "sms.simulator.reply.unknown" : "sms.simulator.reply.badNumber");
        } else if (text.isBlank()) {
            redirect.addFlashAttribute("problem", "sms.simulator.reply.empty");
        } else {
            switch (s.sendFromCustomer(from.get(), text.strip(), settings.smpp().sourceAddress())) {
                case DELIVERED -> redirect.addFlashAttribute("sent", PersonalData.maskMsisdn(from.get()));
                case NO_CLIENT -> redirect.addFlashAttribute("problem", "sms.simulator.reply.notBound");
                case REFUSED -> redirect.addFlashAttribute("problem", "sms.simulator.reply.refused");
            }
        }
        return "redirect:/sms/simulator";
    }
}
