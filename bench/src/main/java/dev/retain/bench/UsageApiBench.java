package dev.retain.bench;

import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.InMemoryUsageAlerts;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import dev.retain.engine.value.Plan;
import dev.retain.stream.PlanBook;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-process path of the usage alerts (SPEC R6.1 without Kafka): usage events posted in batches to
 * {@code POST /api/v1/usage-events} of a running app (each subscriber's state a PostgreSQL row, locked,
 * updated; each alert a row, a message and a task), beside the floor: the same events through the
 * engine's {@link InMemoryUsageAlerts} in a plain loop (parse + logic). Run against `retain demo` or
 * `retain serve` on an imported province; {@code --province} is that province's folder, so the events
 * are of its subscribers and plans.
 */
final class UsageApiBench {

    private UsageApiBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        String base = a.text("base", "http://localhost:8080");
        Path province = Path.of(a.text("province", "var/demo/province"));
        int subscribers = (int) a.number("subscribers", 2_000);
        int events = (int) a.number("events", 50_000);
        int batch = (int) a.number("batch", 500);
        int clients = (int) a.number("clients", 4);
        int runs = (int) a.number("runs", 5);
        String authorization = a.text("key", null) != null ? "Bearer " + a.text("key", null)
                : "Basic " + Base64.getEncoder().encodeToString((a.text("user", "admin") + ":" + a.text("password", "retain2026"))
                .getBytes(StandardCharsets.UTF_8));

        PlanBook book = PlanBook.read(province, Files.createTempDirectory("usage-api-bench-rejects"), 0.01);
        Instant now = Instant.now();
        // a unique id prefix per start: the app's state outlives the run, and a repeated id would count as a duplicate
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<UsageEvent> workload = workload(book, subscribers, events, now, AlertSettings.defaults(), run);
        System.out.printf("usage-api: %,d events of %,d subscribers of %s, batches of %d, %d clients, against %s%n",
                workload.size(), subscribers, province, batch, clients, base);

        double floor = floor(book, workload, now, runs);
        System.out.printf("floor (plain Java loop over a map, parse + logic): median %,.0f events/s%n", floor);

        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < workload.size(); i += batch) bodies.add(json(workload.subList(i, Math.min(workload.size(), i + batch))));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger alerts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                Latencies mine = new Latencies();
                int i;
                while ((i = next.getAndIncrement()) < bodies.size()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/usage-events"))
                            .header("Authorization", authorization).header("Content-Type", "application/json")
                            .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    mine.add(System.nanoTime() - t0);
                    if (r.statusCode() != 200) throw new IllegalStateException("batch " + i + ": " + r.statusCode() + " " + r.body());
                    alerts.addAndGet(count(r.body(), "/data-") + count(r.body(), "/voice-") + count(r.body(), "/sms-")
                            + count(r.body(), "/bill-shock"));
                }
                synchronized (latencies) {
                    latencies.addAll(mine);
                }
                return null;
            }));
        }
        for (Future<?> w : workers) w.get();
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = workload.size() / seconds;
        System.out.printf("in-process REST (PostgreSQL state): %,.0f events/s (%.1f s), %,d alerts; a batch of %d: p50 %.0f ms, p99 %.0f ms%n",
                rate, seconds, alerts.get(), batch, latencies.percentileMillis(50), latencies.percentileMillis(99));
        System.out.printf("ratio to the floor: %.0f×%n", floor / rate);
    }

    /**
     * The month so far for {@code subscribers} of the province with a data allowance: each uses 30–150 % of it in
     * events of a few MB, in time order per subscriber, interleaved at random across them (as AlertWorkload, on real numbers).
     */
    static List<UsageEvent> workload(PlanBook book, int subscribers, int events, Instant now, AlertSettings s, String run) {
        Random random = new Random(7);
        List<String> numbers = new ArrayList<>();
        for (var e : book.subscriberPlans().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            Plan p = book.plans().get(e.getValue());
            if (p != null && p.dataMb() > 0) numbers.add(e.getKey());
            if (numbers.size() == subscribers) break;
        }
        Instant monthStart = s.startOf(YearMonth.from(now.atZone(s.zone())));
        long span = Math.max(1, now.getEpochSecond() - monthStart.getEpochSecond() - 60);
        double eachEvents = (double) events / numbers.size();
        long[] clock = new long[numbers.size()];
        List<UsageEvent> out = new ArrayList<>(events);
        for (int n = 0; n < events; n++) {
            int i = random.nextInt(numbers.size());
            Plan p = book.plans().get(book.subscriberPlans().get(numbers.get(i)));
            clock[i] = Math.min(span, clock[i] + 1 + (long) (random.nextDouble() * 2 * span / eachEvents));
            long milliMb = (long) (p.dataMb() * (0.3 + 1.2 * random.nextDouble()) / eachEvents * 1_000 * 2 * random.nextDouble());
            out.add(new UsageEvent(numbers.get(i), monthStart.plusSeconds(clock[i]), milliMb, random.nextInt(4) == 0 ? random.nextInt(10) : 0,
                    random.nextInt(20) == 0 ? 1 : 0, "bench-" + run + "-" + n));
        }
        return out;
    }

    /** The same work in memory: each event's JSON parsed and applied to a map of states; the median of {@code runs}. */
    private static double floor(PlanBook book, List<UsageEvent> workload, Instant now, int runs) {
        List<byte[]> json = workload.stream().map(UsageEventJson::write).toList();
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            InMemoryUsageAlerts alerts = new InMemoryUsageAlerts(book.subscriberPlans(), book.plans(), AlertSettings.defaults());
            long t0 = System.nanoTime();
            long raised = 0;
            for (byte[] j : json) {
                if (UsageEventJson.parse(j) instanceof UsageEventJson.Accepted acc) raised += alerts.accept(acc.event(), now).alerts().size();
            }
            rates[r] = json.size() / ((System.nanoTime() - t0) / 1e9);
            if (raised == 0) throw new IllegalStateException("the floor raised no alert: the workload is wrong");
        }
        return Medians.of(rates);
    }

    private static byte[] json(List<UsageEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(events.size() * 140);
        out.write('[');
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) out.write(',');
            out.writeBytes(UsageEventJson.write(events.get(i)));
        }
        out.write(']');
        return out.toByteArray();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
