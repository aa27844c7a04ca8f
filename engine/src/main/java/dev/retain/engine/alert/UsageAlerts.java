package dev.retain.engine.alert;

import dev.retain.engine.value.Months;
import dev.retain.engine.value.Plan;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * SPEC R6.1 for one subscriber and one event, as a pure function: the state before, the event, the
 * subscriber's plan and the receiving clock in; the state after, the alerts raised and what became of
 * the event out. The Kafka topology and the app's in-process path both call {@link #apply}, so the
 * same events give the same alerts on either.
 *
 * <ul>
 *   <li><b>Months</b> are billing months in the business zone ({@link AlertSettings#zone()}); a new
 *       month starts a fresh tally, the month before is kept beside it.</li>
 *   <li><b>Once per threshold per month:</b> a threshold that raised its alert is remembered in the
 *       month's tally and never raises it again that month, whatever the plan or the order of events.</li>
 *   <li><b>Duplicates</b> (an event id seen before, within {@link AlertSettings#dedupWindow()}) change nothing.</li>
 *   <li><b>Out of order</b> within a month: totals are sums, so the order only decides which event
 *       made a threshold cross.</li>
 *   <li><b>Late events</b> of a month still count toward that month, and may still raise its alerts,
 *       until {@link AlertSettings#lateGrace()} after the month ends by the receiving clock: until the
 *       bill is out the customer can still act on a warning (or expect the bill). Later they are
 *       refused as {@link RejectReason#LATE_EVENT}: the month's bill is closed, the usage reaches the
 *       customer through it, and a warning about a closed month helps nobody.</li>
 *   <li><b>A plan change</b> counts from the subscriber's next event: the current month is measured
 *       against the subscriber's plan at its latest event, without proration; thresholds that already
 *       alerted stay alerted. A late event of the previous month is measured against that month's
 *       plan (the plan at its last event).</li>
 * </ul>
 */
public final class UsageAlerts {

    private UsageAlerts() {
    }

    public enum Outcome {
        /** Counted toward its month (alerts may or may not follow). */
        COUNTED,
        /** Its id was seen before: nothing changed. */
        DUPLICATE,
        /** Not counted, for {@link Step#reason()}. */
        REJECTED
    }

    /**
     * What one event did.
     *
     * @param state  the subscriber's state after the event: the same object when nothing changed,
     *               null when there was no state and none was made (a refused first event)
     * @param reason why the event was refused, when {@code outcome} is REJECTED
     */
    public record Step(SubscriberUsage state, List<UsageAlert> alerts, Outcome outcome, RejectReason reason, String detail) {

        static Step rejected(SubscriberUsage state, RejectReason reason, String detail) {
            return new Step(state, List.of(), Outcome.REJECTED, reason, detail);
        }

        public boolean stateChanged(SubscriberUsage before) {
            return state != before;
        }
    }

    /**
     * @param state            the subscriber's state, or null before its first counted event
     * @param subscriberPlanId the subscriber's plan now, or null when the number is not a known subscriber
     * @param plans            plan id → plan, or null when unknown
     * @param now              the receiving clock (judges late and future events)
     */
    public static Step apply(SubscriberUsage state, UsageEvent event, String subscriberPlanId,
                             Function<String, Plan> plans, Instant now, AlertSettings settings) {
        if (subscriberPlanId == null) {
            return Step.rejected(state, RejectReason.UNKNOWN_SUBSCRIBER, "no plan is known for this number");
        }
        if (event.ts().isAfter(now.plus(settings.futureTolerance()))) {
            return Step.rejected(state, RejectReason.FUTURE_EVENT, "ts " + event.ts() + " is ahead of the clock (" + now + ")");
        }
        YearMonth month = settings.monthOf(event.ts());
        Instant closes = settings.startOf(month.plusMonths(1)).plus(settings.lateGrace());
        if (!now.isBefore(closes)) {
            return Step.rejected(state, RejectReason.LATE_EVENT, "month " + month + " closed at " + closes);
        }
        if (state != null && state.recent().contains(event.eventId())) {
            return new Step(state, List.of(), Outcome.DUPLICATE, null, null);
        }

        int m = Months.index(month);
        MonthTally current = state == null ? null : state.current();
        MonthTally previous = state == null ? null : state.previous();
        MonthTally tally;
        boolean isCurrent;
        if (current == null || m > current.monthIndex()) {
            // a new month: the one just ended stays beside it for late events
            previous = current != null && current.monthIndex() == m - 1 ? current : null;
            current = MonthTally.fresh(month, subscriberPlanId);
            tally = current;
            isCurrent = true;
        } else if (m == current.monthIndex()) {
            tally = current.with(subscriberPlanId, current.usage());
            isCurrent = true;
        } else if (m == current.monthIndex() - 1) {
            tally = previous != null ? previous : MonthTally.fresh(month, subscriberPlanId);
            isCurrent = false;
        } else {
            return Step.rejected(state, RejectReason.LATE_EVENT, "month " + month + " is no longer kept");
        }

        Plan plan = plans.apply(tally.planId());
        if (plan == null && !isCurrent) {
            // the month's plan was withdrawn since: measure against the plan the subscriber has now
            tally = tally.with(subscriberPlanId, tally.usage());
            plan = plans.apply(subscriberPlanId);
        }
        if (plan == null) {
            return Step.rejected(state, RejectReason.UNKNOWN_PLAN, "plan '" + tally.planId() + "' is not among the plans");
        }

        tally = tally.with(tally.planId(), tally.usage().plus(event));
        List<UsageAlert> alerts = new ArrayList<>(2);
        tally = raise(tally, plan, event, settings, alerts);

        // remembered by when it was received, not by its event time: a late event's second copy (a producer's retry,
        // a re-posted batch) arrives soon after the first, however old the event itself is
        RecentEventIds recent = (state == null ? RecentEventIds.NONE : state.recent())
                .remember(event.eventId(), now.toEpochMilli(), settings.dedupWindow(), settings.maxRememberedIds());
        SubscriberUsage after = isCurrent
                ? new SubscriberUsage(tally, previous, recent)
                : new SubscriberUsage(current, tally, recent);
        return new Step(after, List.copyOf(alerts), Outcome.COUNTED, null, null);
    }

    /** Every threshold the tally reaches and has not alerted yet: resources in order, percents ascending, then the bill shock. */
    private static MonthTally raise(MonthTally tally, Plan plan, UsageEvent event, AlertSettings settings, List<UsageAlert> alerts) {
        Allowance allowance = Allowance.of(plan);
        UsageTotals used = tally.usage();
        long overageFen = Overage.estimateFen(used, plan);
        for (Resource r : Resource.values()) {
            long included = allowance.of(r);
            if (included == 0) continue; // nothing included: only the bill shock speaks for it
            for (int percent : settings.allowancePercents()) {
                int code = Thresholds.allowance(r, percent);
                if (used.of(r) * 100 >= included * percent && !tally.hasFired(code)) {
                    tally = tally.withFired(code);
                    alerts.add(alert(tally, event, AlertKind.ALLOWANCE, r, percent, 0, allowance, overageFen));
                }
            }
        }
        long shock = settings.billShockFen();
        if (shock > 0 && overageFen >= shock && !tally.hasFired(Thresholds.BILL_SHOCK)) {
            tally = tally.withFired(Thresholds.BILL_SHOCK);
            alerts.add(alert(tally, event, AlertKind.BILL_SHOCK, null, 0, shock, allowance, overageFen));
        }
        return tally;
    }

    private static UsageAlert alert(MonthTally tally, UsageEvent e, AlertKind kind, Resource r, int percent, long shockFen,
                                    Allowance allowance, long overageFen) {
        YearMonth month = tally.month();
        return new UsageAlert(UsageAlert.idOf(e.msisdn(), month, r, percent), e.msisdn(), month, kind, r, percent, shockFen,
                tally.usage(), allowance, overageFen, tally.planId(), e.eventId(), e.ts());
    }
}
