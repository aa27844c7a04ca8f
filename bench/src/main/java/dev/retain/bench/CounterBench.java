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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redemptions at the counter through a running {@code retain demo}: {@code POST /api/v1/counter/redemptions} from
 * several clients with a merchant till's API key, every guarantee on (the till's Idempotency-Key, the ledger's
 * client key and account lock, the balance check), one point each as a consumption, in {@code runs} rounds; the
 * rate and the p50 / p99 latency of each round, medians over the rounds. The customers are verified as a till
 * would: a one-time code by SMS, read from the demo's SMSC simulator "on the customer's handset" by a supervisor
 * (audited), checked for a token. {@code --hot true} puts every redemption on one customer's balance (all of them wait
 * on that account's lock) instead of spreading them over {@code customers}.
 */
final class CounterBench {

    private static final Pattern CUSTOMER_KEY = Pattern.compile("\"customerKey\":\"([^\"]+)\"");
    private static final Pattern MSISDN = Pattern.compile("\"msisdn\":\"(\\d{11})\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");
    private static final Pattern BALANCE = Pattern.compile("\"balance\":(\\d+)");
    private static final Pattern HANDSET = Pattern.compile("id=\"handset-text\".*?<strong>([^<]*)</strong>", Pattern.DOTALL);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String tillKey;

    private CounterBench(String base, String tillKey) {
        this.base = base;
        this.tillKey = tillKey;
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        String key = a.text("key", null);
        String month = a.text("month", null);
        if (key == null || month == null) {
            throw new IllegalArgumentException("--key rtk_… (a till's key, made on /portal/staff) and --month YYYY-MM (a cycle month) are required");
        }
        CounterBench bench = new CounterBench(a.text("base", "http://localhost:8080"), key);
        int customers = (int) a.number("customers", 40);
        int redemptions = (int) a.number("redemptions", 2_000);
        int clients = (int) a.number("clients", 4);
        int runs = (int) a.number("runs", 3);
        boolean hot = Boolean.parseBoolean(a.text("hot", "false"));
        String supervisor = a.text("supervisor", "supervisor");
        String password = a.text("password", "retain2026");

        List<String> numbers = bench.customerNumbers(supervisor, password, month, customers);
        WebSession handset = WebSession.login(bench.base, supervisor, password);
        long needed = (long) redemptions * runs / (hot ? 1 : Math.max(1, numbers.size())) + 1;
        List<String> tokens = new ArrayList<>();
        for (String number : numbers) {
            String token = bench.verify(handset, number);
            long balance = Long.parseLong(find(BALANCE, bench.post("/api/v1/counter/balance", null, "{\"token\":\"" + token + "\"}")));
            if (balance >= needed) tokens.add(token);
            if (hot && !tokens.isEmpty()) break;
        }
        if (tokens.isEmpty()) throw new IllegalStateException("no verified customer has " + needed + " points");
        System.out.printf("%d customers verified by code with at least %,d points each%s%n", tokens.size(), needed,
                hot ? " (hot: every redemption on the first)" : "");

        String run = Long.toString(System.currentTimeMillis(), 36);
        double[] rates = new double[runs];
        double[] p50 = new double[runs];
        double[] p99 = new double[runs];
        for (int r = 0; r < runs; r++) {
            Latencies latencies = new Latencies();
            long t0 = System.nanoTime();
            bench.redeem(run + "-" + r, tokens, redemptions, clients, latencies);
            rates[r] = redemptions / ((System.nanoTime() - t0) / 1e9);
            p50[r] = latencies.percentileMillis(50);
            p99[r] = latencies.percentileMillis(99);
            System.out.printf("round %d: %,d redemptions, %,.0f/s, p50 %.1f ms, p99 %.1f ms%n", r + 1, redemptions, rates[r], p50[r], p99[r]);
        }
        System.out.printf("counter redemptions: median %,.0f/s, p50 %.1f ms, p99 %.1f ms (%d clients, %d %s, %d rounds)%n",
                Medians.of(rates), Medians.of(p50), Medians.of(p99), clients, tokens.size(), tokens.size() == 1 ? "balance" : "balances", runs);
    }

    /** Full numbers of the month's first customers, by the supervisor's audited reveal. */
    private List<String> customerNumbers(String user, String password, String month, int count) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/segments?month=" + month + "&size=" + count))
                .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) throw new IllegalStateException("segments: HTTP " + page.statusCode() + " " + page.body());
        List<String> numbers = new ArrayList<>();
        Matcher keys = CUSTOMER_KEY.matcher(page.body());
        while (keys.find()) {
            HttpResponse<String> profile = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/subscribers/" + keys.group(1) + "/reveal"))
                    .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            numbers.add(find(MSISDN, profile.body()));
        }
        return numbers;
    }

    /** Sends the code, reads it on the simulated handset, checks it: the customer's token. */
    private String verify(WebSession handset, String number) throws Exception {
        long mark = newestSecret(handset, number);
        String id = find(ID, post("/api/v1/counter/verifications", null, "{\"msisdn\":\"" + number + "\"}"));
        long message = mark;
        long end = System.nanoTime() + 30_000_000_000L;
        while (message == mark) {
            if (System.nanoTime() > end) throw new IllegalStateException("the code for " + number + " did not reach the SMSC simulator in 30 s");
            Thread.sleep(200);
            message = newestSecret(handset, number);
        }
        handset.postForm("/sms/simulator", "/sms/simulator/handset", "message=" + message);
        Matcher code = Pattern.compile("\\d{6}").matcher(find(HANDSET, handset.get("/sms/simulator").body()));
        if (!code.find()) throw new IllegalStateException("no code on the handset");
        return find(TOKEN, post("/api/v1/counter/verifications/" + id, null, "{\"code\":\"" + code.group() + "\"}"));
    }

    /** The simulator's newest secret message to this number (its row shows the number masked), or 0. */
    private static long newestSecret(WebSession handset, String number) throws Exception {
        String masked = number.substring(0, 3) + "****" + number.substring(7);
        long newest = 0;
        for (String row : handset.get("/sms/simulator").body().split("<tr id=\"sms-")) {
            Matcher n = Pattern.compile("^(\\d+)\"").matcher(row);
            int end = row.indexOf("</tr>");
            String cells = end < 0 ? row : row.substring(0, end);
            if (n.find() && cells.contains(">" + masked + "<") && cells.contains("id=\"handset-")) {
                newest = Math.max(newest, Long.parseLong(n.group(1)));
            }
        }
        return newest;
    }

    private void redeem(String prefix, List<String> tokens, int count, int clients, Latencies all) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Latencies>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                Latencies mine = new Latencies();
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String body = "{\"token\":\"" + tokens.get(i % tokens.size()) + "\",\"points\":1}";
                    long t0 = System.nanoTime();
                    post("/api/v1/counter/redemptions", prefix + "-" + i, body);
                    mine.add(System.nanoTime() - t0);
                }
                return mine;
            }));
        }
        try {
            for (Future<Latencies> w : workers) all.addAll(w.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private String post(String path, String idempotencyKey, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + tillKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
        return r.body();
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) throw new IllegalStateException("unexpected answer: " + text.substring(0, Math.min(300, text.length())));
        return m.group(1);
    }
}
