package dev.retain.app.alert;

import dev.retain.app.alert.internal.UsageAlertStore;
import dev.retain.app.assignment.Assignments;
import dev.retain.app.assignment.CurrentAssignment;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.retention.MomentTaskKinds;
import dev.retain.app.retention.MomentTasks;
import dev.retain.app.retention.MomentTasks.MomentTask;
import dev.retain.engine.alert.AlertKind;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.task.TaskPlanner;
import dev.retain.engine.value.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an alert makes happen (R6.1: "notify the customer and give the manager a task"), wherever it
 * was raised: a {@code usage_alert} row, a service message to the customer through the outbox (the
 * contact policy decides when it goes) and a {@code usage-alert} task for the customer's manager — all
 * in the caller's transaction and once per alert id, so a redelivered or recomputed alert does nothing.
 */
@Service
public class AlertDelivery {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AlertDelivery.class);

    /** Why the outbox sends it (shown on the message screens as {@code notify.reason.usage_alert}). */
    public static final String MESSAGE_REASON = "usage_alert";
    /** A usage alert's call comes before the cycle's routine tasks of the same value: the customer is paying now. */
    static final long TASK_BASE_PRIORITY = 1_000;

    private final UsageAlertStore alerts;
    private final Outbox outbox;
    private final MomentTasks tasks;
    private final Assignments assignments;
    private final Clock clock;

    AlertDelivery(UsageAlertStore alerts, Outbox outbox, MomentTasks tasks, Assignments assignments, Clock clock) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.tasks = tasks;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** Acts on the alert unless it was acted on before; true when it was new. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deliver(UsageAlert a, String source) {
        if (!alerts.insertIfNew(a, source, clock.instant())) return false;
        Long messageId;
        try {
            messageId = outbox.queue(OutboundMessage.toCustomer(a.msisdn(), null, MessageClass.SERVICE, templateOf(a),
                    variablesOf(a), MESSAGE_REASON, "usage-alert:" + a.alertId()));
        } catch (IllegalArgumentException refused) {
            // a template the admin broke (a variable we do not fill, made marketing): the alert and the manager's task still
            // stand, and one bad template must not hold up every alert behind it (the outbox wrote nothing)
            log.warn("usage alert {}: the outbox refused its message ({}); the manager's task is opened without it", a.alertId(),
                    refused.getMessage());
            messageId = null;
        }
        String taskId = taskIdOf(a);
        String managerId = assignments.assignmentOf(a.msisdn()).map(CurrentAssignment::managerId).orElse(null);
        BigDecimal overage = BigDecimal.valueOf(a.estimatedOverageFen(), 2);
        // one call per customer and month: the first alert opens it, later ones of the month find it open; but once the
        // manager has closed it, a later threshold (the bill shock after the 80 %) is a new call to make
        if (!tasks.open(taskFor(a, taskId, managerId, overage)) && !tasks.isOpen(taskId)) {
            taskId = taskId + "-" + dev.retain.app.alert.internal.UsageAlertStore.thresholdOf(a);
            tasks.open(taskFor(a, taskId, managerId, overage));
        }
        alerts.actedOn(a.alertId(), messageId, taskId);
        return true;
    }

    private MomentTask taskFor(UsageAlert a, String taskId, String managerId, BigDecimal overage) {
        return new MomentTask(taskId, a.msisdn(), MomentTaskKinds.USAGE_ALERT, reasonOf(a), null,
                TASK_BASE_PRIORITY + a.estimatedOverageFen() / 100, overage, LocalDate.now(clock), managerId);
    }

    /**
     * {@code U2026-11-<hash>}: the customer's usage-alert task of the billing month. Like the cycle's task
     * ids (engine TaskPlanner) a hash of month and number, never the number: task ids end up in URLs.
     */
    public static String taskIdOf(YearMonth month, String msisdn) {
        return "U" + TaskPlanner.taskId(month, msisdn).substring(1);
    }

    static String taskIdOf(UsageAlert a) {
        return taskIdOf(a.month(), a.msisdn());
    }

    /** The template shipped by notify's migration V8_60 (usage_data, usage_voice, usage_sms, bill_shock). */
    static String templateOf(UsageAlert a) {
        return a.kind() == AlertKind.BILL_SHOCK ? "bill_shock" : "usage_" + a.resource().code();
    }

    /** The task's reason code ({@code retention.reason.<code>}): the same names as the templates. */
    static String reasonOf(UsageAlert a) {
        return templateOf(a);
    }

    static Map<String, String> variablesOf(UsageAlert a) {
        if (a.kind() == AlertKind.BILL_SHOCK) return Map.of("amount", Money.format(a.estimatedOverageFen()));
        long used = switch (a.resource()) {
            case DATA -> a.usage().dataMilliMb() / 1_000; // whole MB: the started MB is what is billed, the text rounds down
            case VOICE -> a.usage().voiceMin();
            case SMS -> a.usage().sms();
        };
        return Map.of("percent", Integer.toString(a.thresholdPercent()), "used", Long.toString(used));
    }
}
