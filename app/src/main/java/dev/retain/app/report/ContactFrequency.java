package dev.retain.app.report;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.report.ContactFrequencyReport.ManagerRow;
import dev.retain.app.report.internal.ContactFrequencyReadModel;
import dev.retain.app.report.internal.ContactFrequencyReadModel.Counts;
import dev.retain.app.report.internal.ContactFrequencyReadModel.Over;
import dev.retain.app.report.internal.ContactFrequencyReadModel.Since;
import dev.retain.app.security.PersonalData;
import dev.retain.app.segment.Segments;
import dev.retain.engine.care.CareSettings;
import dev.retain.engine.value.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The supervisor's contact-frequency view (issue 11 point 8; docs/contact-frequency.md). A
 * customer is within their tier's target when their last contact, as of today, is at most
 * {@code care.no-contact.<tier>-days} days ago (never contacted: counted from the join date, as
 * the care calendar's no-contact moment counts); "contacted in the period" means at least one
 * contact from the period's first day to today. Targets are the settings in force.
 */
@Service
public class ContactFrequency {

    /** The over-target list of one manager shows at most this many customers (a manager serves a few hundred). */
    public static final int OVERDUE_LIST_LIMIT = 1000;

    private final ContactFrequencyReadModel readModel;
    private final RetentionSettings settings;
    private final Segments segments;
    private final Clock clock;

    ContactFrequency(ContactFrequencyReadModel readModel, RetentionSettings settings, Segments segments, Clock clock) {
        this.readModel = readModel;
        this.settings = settings;
        this.segments = segments;
        this.clock = clock;
    }

    public ContactFrequencyReport of(ContactPeriod period) {
        LocalDate today = LocalDate.now(clock);
        return between(period, period.firstDay(today), today);
    }

    /** One manager's customers now and how many of them were contacted in a period. */
    public record Contacted(long customers, long contacted) {
    }

    /**
     * Per manager id: their customers now, and how many of them had a contact from {@code first} to {@code last} (both
     * included, business dates) — the view's "contacted in the period" for any closed period, without the tiers and
     * targets. The manager assessment reads a month or a quarter this way.
     */
    public Map<String, Contacted> contactedBetween(LocalDate first, LocalDate last) {
        return readModel.contactedPerManager(startOf(first), startOf(last.plusDays(1)));
    }

    private ContactFrequencyReport between(ContactPeriod period, LocalDate first, LocalDate today) {
        Map<String, Integer> targets = targetDays();
        Map<String, ManagerRowBuilder> rows = new LinkedHashMap<>();
        ManagerRowBuilder total = new ManagerRowBuilder(null, null, null, null);
        for (Counts c : readModel.perManagerAndTier(segments.latestMonth().orElse(null), startOf(first), startOf(today.plusDays(1)), since(today, targets))) {
            ManagerRowBuilder row = rows.computeIfAbsent(c.managerId(), id -> new ManagerRowBuilder(id, c.name(), c.role(), c.region()));
            row.add(c, targets.containsKey(c.tier()));
            total.add(c, targets.containsKey(c.tier()));
        }
        List<ManagerRow> managers = new ArrayList<>();
        rows.values().forEach(r -> managers.add(r.build()));
        return new ContactFrequencyReport(period, first, today, targets, managers, total.build());
    }

    /** One manager's customers over their tier's target as of today, longest without contact first (masked). */
    public List<OverdueCustomer> overTarget(String managerId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> targets = targetDays();
        List<OverdueCustomer> out = new ArrayList<>();
        for (Over o : readModel.overTarget(segments.latestMonth().orElse(null), managerId, startOf(today.plusDays(1)), since(today, targets), OVERDUE_LIST_LIMIT)) {
            LocalDate last = o.lastContact() == null ? null : LocalDate.ofInstant(o.lastContact(), zone());
            long days = ChronoUnit.DAYS.between(last != null ? last : o.joinDate(), today);
            out.add(new OverdueCustomer(o.customerKey(), PersonalData.maskMsisdn(o.msisdnReceived()), PersonalData.maskName(o.name()),
                    o.tier(), targets.getOrDefault(o.tier(), 0), last, o.joinDate(), days));
        }
        return out;
    }

    /** The targets in force by tier code; a tier whose setting is 0 has none and is left out. */
    public Map<String, Integer> targetDays() {
        CareSettings care = settings.careSettings();
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (Tier t : new Tier[] {Tier.DIAMOND, Tier.GOLD, Tier.SILVER}) {
            int days = care.noContactDays(t);
            if (days > 0) targets.put(t.code(), days);
        }
        return targets;
    }

    /** Within the target: a contact on or after today minus the tier's days. */
    private Map<String, Since> since(LocalDate today, Map<String, Integer> targets) {
        Map<String, Since> since = new LinkedHashMap<>();
        targets.forEach((tier, days) -> since.put(tier, new Since(today.minusDays(days), startOf(today.minusDays(days)))));
        return since;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** Sums one manager's (or the province's) tier rows. */
    private static final class ManagerRowBuilder {
        private final String id;
        private final String name;
        private final String role;
        private final String region;
        private final Map<String, Long> byTier = new LinkedHashMap<>();
        private long customers;
        private long withTarget;
        private long within;
        private long contacted;
        private long over;

        ManagerRowBuilder(String id, String name, String role, String region) {
            this.id = id;
            this.name = name;
            this.role = role;
            this.region = region;
            for (String t : ContactFrequencyReport.TIERS) byTier.put(t, 0L);
        }

        void add(Counts c, boolean hasTarget) {
            byTier.merge(c.tier(), c.customers(), Long::sum);
            customers += c.customers();
            contacted += c.contactedInPeriod();
            if (hasTarget) {
                withTarget += c.customers();
                within += c.withinTarget();
                over += c.overTarget();
            }
        }

        ManagerRow build() {
            return new ManagerRow(id, name, role, region, Map.copyOf(byTier), customers, withTarget, within, contacted, over);
        }
    }
}
