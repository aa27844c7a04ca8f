package dev.retain.app.alert;

import dev.retain.app.alert.internal.PlanReadModel;
import dev.retain.app.alert.internal.UsageAlertStore;
import dev.retain.app.alert.internal.UsageStateStore;
import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.RejectReason;
import dev.retain.engine.alert.SubscriberUsage;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageAlerts;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.value.Plan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPEC R6.1 in-process, the embedded default without Kafka: each event goes through the engine's
 * {@link UsageAlerts#apply}, the same function the topology runs, with the subscriber's state in
 * PostgreSQL. A subscriber's events of one call are applied in one transaction that holds its state
 * row locked (parallel calls for one subscriber wait for each other, and one subscriber's events keep
 * their order); the alerts they raise are delivered ({@link AlertDelivery}) in that same transaction,
 * so a state that counted an event and the alerts it raised commit together or not at all.
 */
@Service
public class UsageIntake {

    private final UsageStateStore states;
    private final PlanReadModel plans;
    private final AlertDelivery delivery;
    private final UsageAlertSettings settings;
    private final TransactionTemplate transactions;

    UsageIntake(UsageStateStore states, PlanReadModel plans, AlertDelivery delivery, UsageAlertSettings settings,
                PlatformTransactionManager transactionManager) {
        this.states = states;
        this.plans = plans;
        this.delivery = delivery;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What became of one event, at its position in the call. */
    public record EventOutcome(int index, UsageAlerts.Outcome outcome, RejectReason reason, String detail, List<UsageAlert> alerts) {
    }

    /**
     * Applies {@code events} as received at {@code now} (the receiving clock judges late and future
     * events); one outcome per event in the order given.
     */
    public List<EventOutcome> accept(List<UsageEvent> events, Instant now) {
        AlertSettings alertSettings = settings.current();
        Map<String, List<Integer>> bySubscriber = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            bySubscriber.computeIfAbsent(events.get(i).msisdn(), k -> new ArrayList<>()).add(i);
        }
        Map<String, Plan> planById = plans.plans();
        Map<String, String> planOf = plans.planIdsOf(bySubscriber.keySet());
        EventOutcome[] outcomes = new EventOutcome[events.size()];
        for (Map.Entry<String, List<Integer>> subscriber : bySubscriber.entrySet()) {
            String msisdn = subscriber.getKey();
            String planId = planOf.get(msisdn);
            if (planId == null) {
                // not a subscriber: nothing to lock or keep (the engine says why, as it does on the topic)
                for (int i : subscriber.getValue()) {
                    UsageAlerts.Step step = UsageAlerts.apply(null, events.get(i), null, planById::get, now, alertSettings);
                    outcomes[i] = new EventOutcome(i, step.outcome(), step.reason(), step.detail(), step.alerts());
                }
                continue;
            }
            transactions.executeWithoutResult(tx -> {
                SubscriberUsage before = states.lock(msisdn);
                SubscriberUsage state = before;
                for (int i : subscriber.getValue()) {
                    UsageAlerts.Step step = UsageAlerts.apply(state, events.get(i), planId, planById::get, now, alertSettings);
                    state = step.state();
                    for (UsageAlert a : step.alerts()) delivery.deliver(a, UsageAlertStore.IN_PROCESS);
                    outcomes[i] = new EventOutcome(i, step.outcome(), step.reason(), step.detail(), step.alerts());
                }
                if (state != before) states.save(msisdn, state);
            });
        }
        return List.of(outcomes);
    }
}
