package dev.retain.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work orders through a running app ({@code retain demo} or {@code retain serve}): {@code POST /api/v1/work-orders}
 * from several clients (each order routed, timed in business hours, its history row and its webhook event written),
 * in {@code runs} rounds, median of the rounds' rates; then the time-limit board ({@code /work-orders/board}) as a
 * supervisor's browser asks for it, median of {@code board-runs}. {@code --open N} first posts N more open orders
 * (every one running; the rounds' orders are open too, as is what the database held before), so the board is timed
 * at that size. {@code --runs 0} skips the timed rounds (only the fill and the board).
 */
final class WorkOrdersBench {

    private WorkOrdersBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        String base = a.text("base", "http://localhost:8080");
        int orders = (int) a.number("orders", 2_000);
        int clients = (int) a.number("clients", 4);
        int runs = (int) a.number("runs", 3);
        int open = (int) a.number("open", 0);
        int boardRuns = (int) a.number("board-runs", 5);
        String user = a.text("user", "admin");
        String password = a.text("password", "retain2026");
        String authorization = a.text("key", null) != null ? "Bearer " + a.text("key", null)
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String run = Long.toString(System.currentTimeMillis(), 36);

        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            post(http, base, authorization, run + "-" + r, orders, clients);
            rates[r] = orders / ((System.nanoTime() - t0) / 1e9);
            System.out.printf("round %d: %,d work orders, %,.0f/s%n", r + 1, orders, rates[r]);
        }
        if (runs > 0) {
            System.out.printf("work orders through the API: median %,.0f/s (%d clients, %d rounds)%n", Medians.of(rates), clients, runs);
        }

        if (open > 0) {
            System.out.printf("filling up to %,d open work orders …%n", open);
            post(http, base, authorization, run + "-fill", open, clients);
        }
        WebSession session = WebSession.login(base, a.text("board-user", "supervisor"), a.text("board-password", password));
        double[] millis = new double[boardRuns];
        for (int r = 0; r < boardRuns; r++) {
            long t0 = System.nanoTime();
            HttpResponse<String> page = session.get("/work-orders/board");
            millis[r] = (System.nanoTime() - t0) / 1e6;
            if (page.statusCode() != 200) throw new IllegalStateException("board: HTTP " + page.statusCode());
        }
        System.out.printf("time-limit board: median %.0f ms (%d requests)%n", Medians.of(millis), boardRuns);
    }

    /** {@code count} orders with external ids {@code prefix-i}, shared out among {@code clients} threads. */
    private static void post(HttpClient http, String base, String authorization, String prefix, int count, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        String[] channels = {"hotline", "hall", "online_hall", "api"};
        String[] categories = {"network", "billing", "broadband", "service"};
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String body = "{\"externalId\":\"bench-" + prefix + "-" + i + "\",\"msisdn\":\"139" + String.format("%08d", i)
                            + "\",\"channel\":\"" + channels[i % 4] + "\",\"category\":\"" + categories[i % 4]
                            + "\",\"description\":\"bench\"}";
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/work-orders"))
                            .header("Authorization", authorization).header("Content-Type", "application/json")
                            .timeout(Duration.ofMinutes(1)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) throw new IllegalStateException("order " + i + ": " + r.statusCode() + " " + r.body());
                }
                return null;
            }));
        }
        for (Future<?> w : workers) w.get();
        pool.shutdown();
    }
}
