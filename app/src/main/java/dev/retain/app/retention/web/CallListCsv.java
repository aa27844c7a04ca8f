package dev.retain.app.retention.web;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactPolicy;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.retention.internal.CallListReadModel;
import dev.retain.app.retention.internal.CallListReadModel.Call;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.csv.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A manager's call list of a day as CSV for a dialer (SPEC R13.2). The dialer needs the full
 * number, so only the manager themself, supervisors and integration clients with
 * {@code tasks:read} get one, and each download is an {@code export} in the audit log. Nothing
 * more than the calls need: the order, the number (national form, dialable), the customer as
 * masked on every screen (enough to greet: 王*), the task id (to log the outcome through the API),
 * its kind and due date. A customer the contact policy forbids to call (do-not-disturb, opted
 * out) is left out; the audit entry counts them.
 */
@Component
class CallListCsv {

    private final CallListReadModel calls;
    private final ObjectProvider<ContactPolicy> policy;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    CallListCsv(CallListReadModel calls, ObjectProvider<ContactPolicy> policy, AuditLog auditLog, MessageSource messages, Clock clock) {
        this.calls = calls;
        this.policy = policy;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Writes the list as the response. {@code spreadsheet}: with a byte order mark, so that a
     * person who opens the download in a spreadsheet sees the Chinese; a system reading the API
     * gets plain UTF-8.
     */
    void write(RetainUser by, String managerId, LocalDate date, Locale locale, boolean spreadsheet, HttpServletResponse response)
            throws IOException {
        List<Call> list = new ArrayList<>();
        calls.forEachCall(managerId, date, list::add);
        ContactPolicy contactPolicy = policy.getIfAvailable();
        List<Call> allowed = contactPolicy == null ? list : list.stream().filter(c -> callable(contactPolicy, c)).toList();

        // audited before the first full number is written: an export is never without its trail
        auditLog.record(by, AuditLog.EXPORT, "call-list " + managerId + " " + date,
                allowed.size() + " rows" + (allowed.size() < list.size() ? ", " + (list.size() - allowed.size()) + " left out by the contact policy" : ""));
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"call-list-" + managerId.replaceAll("[^A-Za-z0-9_-]", "_")
                + "-" + date + ".csv\"");
        PrintWriter out = response.getWriter();
        if (spreadsheet) out.print('\uFEFF');
        out.print(String.join(",", text("retention.callList.col.seq", locale), text("retention.callList.col.msisdn", locale),
                text("retention.callList.col.customer", locale), text("retention.callList.col.taskId", locale),
                text("retention.callList.col.kind", locale), text("retention.callList.col.due", locale)) + "\r\n");
        int seq = 0;
        for (Call c : allowed) {
            out.print(String.join(",", Integer.toString(++seq), CsvWriter.escape(c.msisdn()), CsvWriter.escape(PersonalData.maskName(c.name())),
                    CsvWriter.escape(c.taskId()), CsvWriter.escape(messages.getMessage("retention.kind." + c.kind(), null, c.kind(), locale)),
                    c.dueDate().toString()) + "\r\n");
        }
        out.flush();
    }

    /** Held (e.g. quiet hours now) still belongs on the day's list; suppressed never does. */
    private boolean callable(ContactPolicy contactPolicy, Call c) {
        return contactPolicy.decide(c.msisdn(), Channel.CALL, MessageClass.MARKETING, clock.instant()).verdict()
                != ContactPolicy.Decision.Verdict.SUPPRESS;
    }

    private String text(String key, Locale locale) {
        return CsvWriter.escape(messages.getMessage(key, null, locale));
    }
}
