package dev.retain.bench;

import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages per second through the whole way out, against a running {@code retain demo} (its local
 * SMSC simulator is a real SMPP peer on 127.0.0.1): clients queue service SMS through
 * {@code POST /api/v1/messages} (the API, the outbox row, its history), and the dispatcher takes each
 * through the contact policy and submits it over the SMPP bind. Progress is read where operations
 * read it, from /actuator/prometheus (the outbox backlog by state, the sends by outcome).
 *
 * <p>Printed: the queueing rate with p50/p99 of a request, and the end-to-end rate from the first
 * request until every message has left the outbox. Service messages, so the caps and quiet hours
 * (which hold marketing) do not turn the figure into a measure of the policy's waiting; the
 * gateway's own rate ({@code RETAIN_SMS_SMPP_MAX_PER_SECOND}, 50 by default) does bound it.
 */
final class MessagesBench {

    private static final Pattern SENDS = Pattern.compile("^retain_outbox_sends_total\\{([^}]*)\\} ([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern BACKLOG = Pattern.compile("^retain_outbox_backlog\\{([^}]*)\\} ([0-9.eE+]+)$", Pattern.MULTILINE);

    private MessagesBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        String base = a.text("base", "http://localhost:8080");
        String admin = a.text("admin", "admin");
        String password = a.text("password", "retain2026");
        Path subscribers = Path.of(a.text("subscribers", "var/demo/province/subscribers.csv"));
        int count = (int) a.number("count", 3000);
        int clients = (int) a.number("clients", 4);
        int timeout = (int) a.number("timeout", 600);

        List<String> numbers = numbers(subscribers, count);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String metricsLogin = basic(admin, password);
        String run = Long.toString(System.currentTimeMillis(), 36);
        // as other systems call: an integration client's key (a password per request would time bcrypt, not the outbox)
        String client = "Bearer " + issueKey(base, admin, password, "bench-" + run);

        double sentBefore = sent(http, base, metricsLogin);
        System.out.printf("messages: %s, %d service SMS to %d numbers, %d clients (run %s)%n", base, count, numbers.size(), clients, run);

        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Latencies>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                Latencies mine = new Latencies();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String body = """
                            {"msisdn":"%s","channel":"sms","class":"service","text":"Retain bench %s #%d","reason":"bench",\
                            "idempotencyKey":"bench-%s-%d"}""".formatted(numbers.get(i % numbers.size()), run, i, run, i);
                    long t = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/messages"))
                            .header("Authorization", client).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    mine.add(System.nanoTime() - t);
                    if (r.statusCode() != 201) {
                        if (refused.incrementAndGet() <= 3) System.out.println("  refused: " + r.statusCode() + " " + r.body());
                    }
                }
                return mine;
            }));
        }
        for (Future<Latencies> f : done) latencies.addAll(f.get());
        pool.shutdown();
        double queueSeconds = (System.nanoTime() - start) / 1e9;
        int accepted = count - refused.get();
        System.out.printf("  queued   %,d in %.2f s: %,.0f messages/s; a request p50 %.1f ms, p99 %.1f ms%s%n", accepted, queueSeconds,
                accepted / queueSeconds, latencies.percentileMillis(50), latencies.percentileMillis(99),
                refused.get() == 0 ? "" : " (" + refused.get() + " refused)");

        // the outbox is empty of this run's messages once the sends counter has moved by all of them
        long deadline = System.nanoTime() + timeout * 1_000_000_000L;
        // a suppressed message is never sent: stop once nothing moved for 5 s and the (periodically counted) backlog is empty
        double sentNow = sentBefore;
        long lastMove = System.nanoTime();
        long lastSend = lastMove;
        while (sentNow - sentBefore < accepted && System.nanoTime() < deadline) {
            Thread.sleep(100);
            double s = sent(http, base, metricsLogin);
            if (s != sentNow) {
                sentNow = s;
                lastMove = lastSend = System.nanoTime();
            } else if (System.nanoTime() - lastMove > 5_000_000_000L && waiting(http, base, metricsLogin) == 0) {
                break;
            }
        }
        double total = (lastSend - start) / 1e9;
        System.out.printf("  sent     %,.0f of %,d over SMPP %.2f s after the first request: %,.0f messages/s end to end%n",
                sentNow - sentBefore, accepted, total, (sentNow - sentBefore) / total);
        System.out.println("  backlog now: " + backlog(http, base, metricsLogin));
    }

    /** The first {@code count} numbers of the demo's subscribers.csv (its first column). */
    private static List<String> numbers(Path subscribers, int count) throws Exception {
        List<String> numbers = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(subscribers, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null && numbers.size() < count; line = in.readLine()) {
                numbers.add(line.substring(0, line.indexOf(',')));
            }
        }
        if (numbers.isEmpty()) throw new IllegalStateException(subscribers + " has no subscribers: start ./retain demo first");
        return numbers;
    }

    private static final Pattern ISSUED = Pattern.compile("id=\"issued-key-text\">(rtk_[^<]+)<");

    /** A new integration client with the messages:write scope, made on the admin's page; its key. */
    private static String issueKey(String base, String admin, String password, String name) throws Exception {
        HttpResponse<String> r = WebSession.login(base, admin, password).postForm("/admin/clients", "/admin/clients",
                "name=" + WebSession.enc(name) + "&scopes=messages:write");
        Matcher m = ISSUED.matcher(r.body());
        if (!m.find()) throw new IllegalStateException("no key issued on /admin/clients: " + r.statusCode());
        return m.group(1);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String metrics(HttpClient http, String base, String login) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).header("Authorization", login)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("/actuator/prometheus answered " + r.statusCode());
        return r.body();
    }

    /** Every SMS that left the outbox with an answer from the gateway (sent or refused). */
    private static double sent(HttpClient http, String base, String login) throws Exception {
        double sum = 0;
        Matcher m = SENDS.matcher(metrics(http, base, login));
        while (m.find()) {
            if (m.group(1).contains("channel=\"sms\"") && !m.group(1).contains("outcome=\"retry\"")) sum += Double.parseDouble(m.group(2));
        }
        return sum;
    }

    /** SMS still to go: queued or in a sender's hands (a suppressed one never counts as sent). */
    private static double waiting(HttpClient http, String base, String login) throws Exception {
        double sum = 0;
        Matcher m = BACKLOG.matcher(metrics(http, base, login));
        while (m.find()) {
            String tags = m.group(1);
            if (tags.contains("channel=\"sms\"") && (tags.contains("state=\"queued\"") || tags.contains("state=\"sending\""))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private static String backlog(HttpClient http, String base, String login) throws Exception {
        StringBuilder s = new StringBuilder();
        Matcher m = BACKLOG.matcher(metrics(http, base, login));
        while (m.find()) {
            if (Double.parseDouble(m.group(2)) > 0) s.append(m.group(1).replaceAll("[a-z]+=", "").replace("\"", "")).append('=')
                    .append((long) Double.parseDouble(m.group(2))).append(' ');
        }
        return s.isEmpty() ? "empty" : s.toString().trim();
    }
}
