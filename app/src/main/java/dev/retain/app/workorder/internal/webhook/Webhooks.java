package dev.retain.app.workorder.internal.webhook;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The admin's allow-list of webhook origins and the subscriptions to work-order state changes. */
@Component
public class Webhooks {

    public record Subscription(long id, String url, String secret, boolean active, String createdBy, Instant createdAt) {
    }

    public record Delivery(long id, long subscriptionId, String state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TargetCheck targets;
    private final SecureRandom random = new SecureRandom();

    Webhooks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.targets = TargetCheck.system();
    }

    public Set<String> allowedOrigins() {
        return new HashSet<>(jdbc.sql("select origin from webhook_allowed_target").query(String.class).list());
    }

    public List<String> allowList() {
        return jdbc.sql("select origin from webhook_allowed_target order by origin").query(String.class).list();
    }

    /** Adds an origin (a URL's scheme, host and port); the same origin again changes nothing. */
    @Transactional
    public String allow(String url, String by) {
        String origin = TargetCheck.originOf(url == null ? "" : url);
        jdbc.sql("insert into webhook_allowed_target (origin, added_by, added_at) values (?, ?, ?) on conflict do nothing")
                .params(origin, by, Timestamp.from(clock.instant())).update();
        return origin;
    }

    /** Takes an origin off the list: its subscriptions are no longer called (checked again at every attempt). */
    @Transactional
    public void disallow(String origin) {
        jdbc.sql("delete from webhook_allowed_target where origin = ?").param(origin).update();
    }

    /** Subscribes {@code url} (checked against the allow-list now and at every attempt) with a new random secret. */
    @Transactional
    public Subscription subscribe(String url, String by) {
        targets.check(url == null ? "" : url, allowedOrigins());
        byte[] key = new byte[32];
        random.nextBytes(key);
        String secret = HexFormat.of().formatHex(key);
        Instant now = clock.instant();
        long id = jdbc.sql("insert into webhook_subscription (url, secret, created_by, created_at) values (?, ?, ?, ?) returning id")
                .params(url.trim(), secret, by, Timestamp.from(now)).query(Long.class).single();
        return new Subscription(id, url.trim(), secret, true, by, now);
    }

    @Transactional
    public void setActive(long id, boolean active) {
        jdbc.sql("update webhook_subscription set active = ? where id = ?").params(active, id).update();
    }

    public List<Subscription> subscriptions() {
        return jdbc.sql("select id, url, secret, active, created_by, created_at from webhook_subscription order by id")
                .query((rs, i) -> new Subscription(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    public List<Delivery> recentDeliveries(int limit) {
        return jdbc.sql("""
                        select id, subscription_id, state, attempts, next_attempt_at, last_error, created_at from webhook_delivery
                        order by id desc limit ?""")
                .param(limit)
                .query((rs, i) -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }
}
