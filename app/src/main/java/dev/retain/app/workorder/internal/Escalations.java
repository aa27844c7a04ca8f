package dev.retain.app.workorder.internal;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.engine.workhours.WorkingTimeCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalation notices of running work orders (SPEC R8.2): at the warning instant the queue's supervisors
 * are told ({@code due_soon}; admins when the queue has none), at the deadline the supervisors and the
 * admins ({@code overdue}). Each notice once per order, kind and deadline (work_order_warning's key),
 * as an in-app notification through the outbox in the same transaction, never before the next working
 * hours of the order's region: nobody is woken at night.
 */
@Component
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    private static final int BATCH = 1000;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private record Due(long id, String queue, String category, String region, Instant dueAt, Instant warnAt, String kind) {
    }

    private final org.springframework.context.MessageSource messages;
    private final JdbcClient jdbc;
    private final RoutingRules routing;
    private final StaffReadModel staff;
    private final TimeLimits limits;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    Escalations(JdbcClient jdbc, RoutingRules routing, StaffReadModel staff, TimeLimits limits, Outbox outbox,
                PlatformTransactionManager transactions, org.springframework.context.MessageSource messages, Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.routing = routing;
        this.staff = staff;
        this.limits = limits;
        this.outbox = outbox;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Queues the notices due at {@code now}; returns how many notices (orders × kind) were new. */
    public int scan(Instant now) {
        return scan(now, BATCH);
    }

    /**
     * The same, at most {@code batch} orders: those whose notice of the kind due now is not queued yet, so a
     * backlog larger than a batch is worked off scan by scan. (The database still walks the running orders
     * past their warning, told or not, through work_order_running_warn: a range scan with one key probe each.)
     */
    public int scan(Instant now, int batch) {
        Timestamp at = Timestamp.from(now);
        List<Due> due = jdbc.sql("""
                        select o.id, o.queue, o.category, o.region, o.due_at, o.warn_at,
                               case when o.due_at <= ? then 'overdue' else 'due_soon' end as kind
                        from work_order o
                        where o.state in ('new', 'assigned', 'in_progress') and o.warn_at <= ? and o.due_at is not null
                          and not exists (select 1 from work_order_warning w where w.work_order_id = o.id and w.due_at = o.due_at
                                          and w.kind = case when o.due_at <= ? then 'overdue' else 'due_soon' end)
                        order by o.warn_at limit ?""")
                .params(at, at, at, batch)
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        WorkOrderStore.instant(rs, 5), WorkOrderStore.instant(rs, 6), rs.getString(7)))
                .list();
        if (due.isEmpty()) return 0;
        Recipients recipients = new Recipients();
        int queued = 0;
        for (Due d : due) {
            try {
                Boolean fresh = tx.execute(s -> notify(d, recipients, now));
                if (Boolean.TRUE.equals(fresh)) queued++;
            } catch (RuntimeException e) {
                log.warn("work order {}: the {} notice could not be queued ({}); the next scan tries again", d.id(), d.kind(), e.toString());
            }
        }
        return queued;
    }

    /** What every notice of one scan needs, read once: queue names, supervisors, admins, regions' calendars. */
    private final class Recipients {
        private final Map<String, String> queueNames = routing.queues().stream()
                .collect(Collectors.toMap(RoutingRules.Queue::code, RoutingRules.Queue::nameZh));
        private final Map<String, List<String>> supervisors = new HashMap<>();
        private final Map<String, WorkingTimeCalendar> calendars = new HashMap<>();
        private List<String> admins;

        List<String> supervisorsOf(String queue) {
            return supervisors.computeIfAbsent(queue, routing::supervisorsOf);
        }

        List<String> admins() {
            if (admins == null) admins = staff.admins();
            return admins;
        }

        WorkingTimeCalendar calendarFor(String region) {
            return calendars.computeIfAbsent(region, limits::calendarFor);
        }
    }

    private boolean notify(Due d, Recipients recipients, Instant now) {
        String kind = d.kind();
        int fresh = jdbc.sql("""
                        insert into work_order_warning (work_order_id, kind, due_at, queued_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(d.id(), kind, Timestamp.from(d.dueAt()), Timestamp.from(now)).update();
        if (fresh == 0) return false;
        Set<String> to = new LinkedHashSet<>(recipients.supervisorsOf(d.queue()));
        if (kind.equals("overdue") || to.isEmpty()) to.addAll(recipients.admins());
        Instant notBefore = recipients.calendarFor(d.region()).nextWorkingInstant(now);
        String due = SHOWN.format(d.dueAt().atZone(clock.getZone()));
        // the queue's Chinese name, not its code: the notice is read on a zh-CN page
        String queue = recipients.queueNames.getOrDefault(d.queue(), d.queue());
        // and the category's name (the pages' words for it), its code only when it has none
        String category = messages.getMessage("complaint.category." + d.category(), null, d.category(), java.util.Locale.SIMPLIFIED_CHINESE);
        String text = kind.equals("overdue")
                ? "工单 #" + d.id() + "（" + category + "，" + queue + "）已于 " + due + " 超过处理时限，请督办。"
                : "工单 #" + d.id() + "（" + category + "，" + queue + "）将于 " + due + " 到达处理时限。";
        for (String username : to) {
            outbox.queue(new OutboundMessage(null, username, Channel.IN_APP, MessageClass.SERVICE, null, Map.of(), text,
                    "work_order_" + kind, "work-order:" + d.id() + ":" + kind + ":" + d.dueAt().getEpochSecond() + ":" + username, false),
                    notBefore);
        }
        return true;
    }
}
