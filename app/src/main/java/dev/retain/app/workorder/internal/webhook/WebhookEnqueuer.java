package dev.retain.app.workorder.internal.webhook;

import dev.retain.app.workorder.WorkOrderStateChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * After a work order's change commits, one delivery per active subscription joins the webhook outbox
 * (in the listener's own transaction; a redelivered event finds its rows by key and adds none).
 */
@Component
class WebhookEnqueuer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    WebhookEnqueuer(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WorkOrderStateChanged event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "work_order.state_changed");
        body.put("workOrderId", event.workOrderId());
        body.put("category", event.category());
        body.put("fromState", event.fromState());
        body.put("toState", event.toState());
        body.put("at", event.at().toString());
        String json = JSON.writeValueAsString(body);
        String key = event.workOrderId() + ":" + event.fromState() + ">" + event.toState() + "@" + event.at();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into webhook_delivery (subscription_id, event_key, body, state, next_attempt_at, created_at)
                        select id, ?, ?, 'pending', ?, ? from webhook_subscription where active
                        on conflict (subscription_id, event_key) do nothing""")
                .params(key, json, Timestamp.from(now), Timestamp.from(now)).update();
    }
}
