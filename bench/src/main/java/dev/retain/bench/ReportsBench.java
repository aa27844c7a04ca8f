package dev.retain.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The monthly report and the quarterly bulletin through a running app's API (R12.2): each of the monthly PDF, the
 * monthly spreadsheet and the quarterly PDF requested R times one after another (a report is built fresh each time:
 * every section's aggregates, the charts, the export, the stored copy), after one untimed request each. Prints p50, p99
 * and the file size.
 */
final class ReportsBench {

    private ReportsBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        String base = a.text("base", "http://localhost:8080");
        String auth = "Basic " + Base64.getEncoder().encodeToString((a.text("user", "analyst") + ":" + a.text("password", "retain2026"))
                .getBytes(StandardCharsets.UTF_8));
        String month = a.text("month", "2026-10");
        String quarter = a.text("quarter", month.substring(0, 4) + "-Q" + ((Integer.parseInt(month.substring(5)) - 1) / 3 + 1));
        int runs = (int) a.number("runs", 10);
        HttpClient http = HttpClient.newHttpClient();
        List<String[]> kinds = List.of(
                new String[] {"monthly pdf", "/api/v1/reports/monthly?month=" + month + "&format=pdf"},
                new String[] {"monthly xlsx", "/api/v1/reports/monthly?month=" + month + "&format=xlsx"},
                new String[] {"monthly pdf, en", "/api/v1/reports/monthly?month=" + month + "&format=pdf&lang=en"},
                new String[] {"quarterly pdf", "/api/v1/reports/quarterly?quarter=" + quarter + "&format=pdf"});
        System.out.printf(Locale.ROOT, "%-18s %10s %10s %10s%n", "report", "p50 ms", "p99 ms", "bytes");
        for (String[] kind : kinds) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + kind[1])).header("Authorization", auth).GET().build();
            long bytes = fetch(http, request); // warm-up, untimed
            Latencies latencies = new Latencies();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                bytes = fetch(http, request);
                latencies.add(System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "%-18s %10.0f %10.0f %10d%n", kind[0], latencies.percentileMillis(50), latencies.percentileMillis(99), bytes);
        }
    }

    private static long fetch(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return answer.body().length;
    }
}
