package dev.retain.app.workorder.internal.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due webhook deliveries: claims a batch ({@code for update skip locked}, leased for a few
 * minutes so another instance leaves them alone), checks each target against the allow-list again,
 * POSTs the signed body outside any transaction (no redirects followed), and records the outcome: a 2xx
 * delivers; anything else retries with doubling back-off (30 s … 1 h) until {@link #MAX_ATTEMPTS}, then fails.
 */
@Component
public class WebhookDispatcher {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration MAX_RETRY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private record Claimed(long id, String url, String secret, String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final Webhooks webhooks;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final TargetCheck targets = TargetCheck.system();

    WebhookDispatcher(JdbcClient jdbc, Webhooks webhooks, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.webhooks = webhooks;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends what is due at {@code now}; returns how many were delivered. */
    public int deliverDue(Instant now) {
        List<Claimed> batch = tx.execute(s -> {
            List<Claimed> due = jdbc.sql("""
                            select d.id, s.url, s.secret, d.body, d.attempts from webhook_delivery d
                            join webhook_subscription s on s.id = d.subscription_id
                            where d.state = 'pending' and d.next_attempt_at <= ? order by d.next_attempt_at limit 50
                            for update of d skip locked""")
                    .param(Timestamp.from(now))
                    .query((rs, i) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5))).list();
            for (Claimed c : due) {
                jdbc.sql("update webhook_delivery set next_attempt_at = ? where id = ?").params(Timestamp.from(now.plus(LEASE)), c.id()).update();
            }
            return due;
        });
        Set<String> allowed = webhooks.allowedOrigins();
        int delivered = 0;
        for (Claimed c : batch) {
            String error = send(c, allowed);
            Instant at = clock.instant();
            if (error == null) {
                delivered++;
                jdbc.sql("update webhook_delivery set state = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = null where id = ?")
                        .params(Timestamp.from(at), c.id()).update();
            } else {
                int attempts = c.attempts() + 1;
                boolean giveUp = attempts >= MAX_ATTEMPTS;
                jdbc.sql("update webhook_delivery set state = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                        .params(giveUp ? "failed" : "pending", attempts, Timestamp.from(now.plus(backoff(attempts))), error, c.id()).update();
                log.info("webhook delivery {} attempt {}: {}{}", c.id(), attempts, error, giveUp ? " (given up)" : "");
            }
        }
        return delivered;
    }

    /** null when the receiver answered 2xx; else why not. */
    private String send(Claimed c, Set<String> allowed) {
        try {
            targets.check(c.url(), allowed);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(c.url())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.sign(c.secret(), timestamp, c.body()))
                .POST(HttpRequest.BodyPublishers.ofString(c.body())).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static Duration backoff(int attempts) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d;
    }
}
