package dev.retain.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the workbench: logs in as a manager, collects the customers on the
 * first pages of My tasks, then for each page kind runs closed-loop clients for a fixed
 * time and prints p50/p99 latency and requests per second. Run against a live app
 * (`./retain serve` on a database filled by `./retain import` and a cycle) on loopback.
 */
final class WebLoad {

    /** A customer's 360 link: by the customer's opaque key (a UUID), never by number. */
    private static final Pattern CUSTOMER_LINK = Pattern.compile("/customers/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private WebLoad() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        String base = a.text("base", "http://localhost:8080");
        String user = a.text("user", "phone");
        String password = a.text("password", "phone");
        int clients = (int) a.number("clients", 8);
        int seconds = (int) a.number("seconds", 30);
        int warmup = (int) a.number("warmup", 10);
        int pages = (int) a.number("pages", 20);

        List<String> customers = collectCustomers(WebSession.login(base, user, password), pages);
        if (customers.isEmpty()) throw new IllegalStateException(user + " has no customers on My tasks: run a cycle first");
        System.out.printf("web-load: %s as %s, %d clients, %d s (after %d s warm-up), %d customers to open%n",
                base, user, clients, seconds, warmup, customers.size());

        report("My tasks", run(base, user, password, clients, warmup, seconds,
                rnd -> "/tasks?page=" + rnd.nextInt(pages)), seconds);
        report("My tasks, red zone", run(base, user, password, clients, warmup, seconds,
                rnd -> "/tasks?zone=red&page=0"), seconds);
        report("Customer 360", run(base, user, password, clients, warmup, seconds,
                rnd -> "/customers/" + customers.get(rnd.nextInt(customers.size()))), seconds);
    }

    private static List<String> collectCustomers(WebSession session, int pages) throws Exception {
        Set<String> found = new LinkedHashSet<>();
        for (int p = 0; p < pages; p++) {
            Matcher m = CUSTOMER_LINK.matcher(session.get("/tasks?page=" + p).body());
            while (m.find()) found.add(m.group(1));
        }
        return new ArrayList<>(found);
    }

    interface Paths {
        String next(ThreadLocalRandom rnd);
    }

    /** Each client: its own session, requests back to back; only requests after the warm-up count. */
    private static Latencies run(String base, String user, String password, int clients, int warmup, int seconds, Paths paths)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Future<Latencies>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                WebSession session = WebSession.login(base, user, password);
                Latencies mine = new Latencies();
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) break;
                    var response = session.get(paths.next(rnd));
                    long t1 = System.nanoTime();
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + " for " + response.uri());
                    }
                    if (t0 >= measureFrom) mine.add(t1 - t0);
                }
                return mine;
            }));
        }
        Latencies all = new Latencies();
        for (Future<Latencies> f : results) all.addAll(f.get());
        pool.shutdown();
        return all;
    }

    private static void report(String page, Latencies l, int seconds) {
        System.out.printf("%-20s requests %,8d   p50 %7.1f ms   p99 %7.1f ms   %,8.1f req/s%n",
                page, l.count(), l.percentileMillis(50), l.percentileMillis(99), l.count() / (double) seconds);
    }
}
