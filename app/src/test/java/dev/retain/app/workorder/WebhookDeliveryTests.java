package dev.retain.app.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.retain.app.RetainWebTest;
import dev.retain.app.workorder.internal.webhook.WebhookDispatcher;
import dev.retain.app.workorder.internal.webhook.WebhookSigner;
import dev.retain.app.workorder.internal.webhook.Webhooks;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Webhooks out through a real local HTTP server that checks every signature and refuses the first
 * attempt: the state change arrives signed, after a retry, once. MSISDNs 1369414xxxx belong to this class.
 */
@RetainWebTest
class WebhookDeliveryTests {

    @Autowired WorkOrders orders;
    @Autowired Webhooks webhooks;
    @Autowired WebhookDispatcher dispatcher;
    @Autowired JdbcClient jdbc;

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Boolean> signaturesValid = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile String secret;

    @BeforeEach
    void receiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String ts = exchange.getRequestHeaders().getFirst(WebhookSigner.TIMESTAMP_HEADER);
            String sig = exchange.getRequestHeaders().getFirst(WebhookSigner.SIGNATURE_HEADER);
            signaturesValid.add(ts != null && sig != null && sig.equals(WebhookSigner.sign(secret, Long.parseLong(ts), body)));
            int status = calls.incrementAndGet() == 1 ? 503 : 204; // the first attempt fails
            if (status == 204) received.add(body);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aStateChangeIsPostedSignedAndRetriedAfterAFailure() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        assertThatThrownBy(() -> webhooks.subscribe(base + "/hook", "t-admin")).hasMessageContaining("not on the webhook allow-list");
        webhooks.allow(base, "t-admin");
        Webhooks.Subscription sub = webhooks.subscribe(base + "/hook", "t-admin");
        secret = sub.secret();

        WorkOrderView wo = orders.open(new NewWorkOrder(null, "13694140001", "hall", "wo-hook", "宽带断线", null, null, "t-handler"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Instant later = Instant.now();
        while (received.isEmpty() && System.nanoTime() < deadline) {
            later = later.plus(Duration.ofHours(2)); // past any back-off
            dispatcher.deliverDue(later);
            Thread.sleep(200);
        }
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).contains("\"workOrderId\":" + wo.id()).contains("\"toState\":\"new\"").contains("\"fromState\":null");
        assertThat(calls.get()).isEqualTo(2);
        assertThat(signaturesValid).containsOnly(true);
        assertThat(jdbc.sql("select state || ' ' || attempts || ' ' || coalesce(last_error, '-') from webhook_delivery where subscription_id = ?")
                .param(sub.id()).query(String.class).list()).containsExactly("delivered 2 -");

        // taken off the allow-list: the next delivery is refused at sending time and retried, never sent
        webhooks.disallow("http://127.0.0.1:" + server.getAddress().getPort());
        orders.assign(wo.id(), "t-handler", "t-handler");
        deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql("select count(*) from webhook_delivery where subscription_id = ? and attempts > 0 and state = 'pending'")
                .param(sub.id()).query(Long.class).single() == 0 && System.nanoTime() < deadline) {
            later = later.plus(Duration.ofHours(2));
            dispatcher.deliverDue(later);
            Thread.sleep(200);
        }
        assertThat(calls.get()).isEqualTo(2);
        assertThat(jdbc.sql("select last_error from webhook_delivery where subscription_id = ? and state = 'pending'").param(sub.id())
                .query(String.class).single()).contains("not on the webhook allow-list");
    }
}
