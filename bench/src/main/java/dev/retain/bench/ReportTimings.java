package dev.retain.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Every report and dashboard of issue 16, one request after another as one analyst would open them (no concurrency: the
 * goal is each page's own time, under 2 s on a 1M-subscriber database): a warm-up round, then {@code runs} rounds, and per
 * path the p50 and p99 of the whole response (status, headers and the body read to its end: a PDF is rendered and sent).
 * Paths answering anything but 200 are reported as failures, so a refused or broken page cannot pass as fast.
 */
final class ReportTimings {

    private ReportTimings() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        String base = a.text("base", "http://localhost:8080");
        String user = a.text("user", "analyst");
        String password = a.text("password", "retain2026");
        int runs = (int) a.number("runs", 10);
        List<String> paths = List.of(a.text("paths", "").split(","));
        if (paths.isEmpty() || paths.get(0).isBlank()) throw new IllegalArgumentException("--paths /a,/b,… is required");

        WebSession session = WebSession.login(base, user, password);
        System.out.printf("report-timings: %s as %s, %d runs after one warm-up round%n", base, user, runs);
        List<Latencies> latencies = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (String path : paths) {
            latencies.add(new Latencies());
            sizes.add(0L);
        }
        for (int round = 0; round <= runs; round++) {
            for (int i = 0; i < paths.size(); i++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = session.getBytes(paths.get(i));
                long elapsed = System.nanoTime() - t0;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(paths.get(i) + " answered " + r.statusCode() + " " + r.headers().firstValue("Location").orElse(""));
                }
                if (round > 0) latencies.get(i).add(elapsed);
                sizes.set(i, (long) r.body().length);
            }
        }
        System.out.printf("%-70s %10s %10s %10s%n", "path", "p50 ms", "p99 ms", "bytes");
        for (int i = 0; i < paths.size(); i++) {
            System.out.printf("%-70s %10.1f %10.1f %10d%n", paths.get(i), latencies.get(i).percentileMillis(50),
                    latencies.get(i).percentileMillis(99), sizes.get(i));
        }
    }
}
