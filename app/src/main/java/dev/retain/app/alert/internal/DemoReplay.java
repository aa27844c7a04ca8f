package dev.retain.app.alert.internal;

import dev.retain.app.alert.UsageIntake;
import dev.retain.app.alert.UsageIntake.EventOutcome;
import dev.retain.app.alert.UsageAlertSettings;
import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.UsageAlerts;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.value.Plan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Service;

/**
 * The demo's usage feed (issue 12: "a button that replays events so a user sees alerts, messages and
 * tasks appear"): this billing month's usage so far for a few heavy data users of the demo province,
 * as a mediation system would send it (an event every two hours, a few MB to a few hundred each),
 * reaching 105–150 % of their data allowance by now, fed in-process. The event ids are fixed per
 * subscriber and month, so a second replay in a month counts nothing twice and raises nothing again.
 */
@Service
public class DemoReplay {

    /** A handful: enough to fill the alerts screen, few enough to read each one. */
    static final int SUBSCRIBERS = 6;
    static final Duration EVERY = Duration.ofHours(2);
    /** The month's first events when it is only hours old: still enough to cross 80 and 100 %. */
    static final int MIN_EVENTS = 12;

    private final DemoReplayReadModel province;
    private final PlanReadModel plans;
    private final UsageIntake intake;
    private final UsageAlertSettings settings;
    private final Clock clock;

    DemoReplay(DemoReplayReadModel province, PlanReadModel plans, UsageIntake intake, UsageAlertSettings settings, Clock clock) {
        this.province = province;
        this.plans = plans;
        this.intake = intake;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a replay did. */
    public record Replayed(int subscribers, int events, int counted, int duplicates, int alerts) implements java.io.Serializable {
    }

    public boolean available() {
        return province.demoLoaded();
    }

    public Replayed replay() {
        if (!available()) throw new IllegalStateException("the demo's data is not loaded: the replay is for `retain demo` only");
        Instant now = clock.instant();
        List<String> msisdns = province.heavyDataUsers(SUBSCRIBERS);
        Map<String, Plan> planById = plans.plans();
        Map<String, String> planOf = plans.planIdsOf(msisdns);
        List<UsageEvent> events = new ArrayList<>();
        for (String msisdn : msisdns) {
            Plan plan = planById.get(planOf.get(msisdn));
            if (plan != null) events.addAll(monthSoFar(msisdn, plan, now, settings.current()));
        }
        int counted = 0;
        int duplicates = 0;
        int alerts = 0;
        for (EventOutcome o : intake.accept(events, now)) {
            if (o.outcome() == UsageAlerts.Outcome.COUNTED) counted++;
            if (o.outcome() == UsageAlerts.Outcome.DUPLICATE) duplicates++;
            alerts += o.alerts().size();
        }
        return new Replayed(msisdns.size(), events.size(), counted, duplicates, alerts);
    }

    /** One subscriber's events from the start of the billing month to a minute ago, seeded by the number and month. */
    public static List<UsageEvent> monthSoFar(String msisdn, Plan plan, Instant now, AlertSettings s) {
        YearMonth month = s.monthOf(now);
        Instant start = s.startOf(month);
        Instant end = now.minus(Duration.ofMinutes(1));
        long spanSeconds = Math.max(MIN_EVENTS, Duration.between(start, end).toSeconds());
        int count = (int) Math.max(MIN_EVENTS, spanSeconds / EVERY.toSeconds());
        Random random = new Random(msisdn.hashCode() * 31L + month.hashCode());
        double share = 1.05 + 0.45 * random.nextDouble();
        long totalMilliMb = Math.round(plan.dataMb() * 1_000 * share);
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.2 + random.nextDouble();
            sum += weights[i];
        }
        List<UsageEvent> out = new ArrayList<>(count);
        long given = 0;
        for (int i = 0; i < count; i++) {
            long milliMb = i == count - 1 ? totalMilliMb - given : Math.round(totalMilliMb * weights[i] / sum);
            given += milliMb;
            Instant ts = start.plusSeconds(spanSeconds * (i + 1) / (count + 1));
            if (ts.isAfter(end)) ts = end;
            out.add(new UsageEvent(msisdn, ts, Math.max(0, milliMb), random.nextInt(4) == 0 ? 1 + random.nextInt(15) : 0,
                    random.nextInt(10) == 0 ? 1 : 0, "demo-replay/" + month + "/" + msisdn + "/" + i));
        }
        return out;
    }
}
