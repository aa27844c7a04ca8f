package dev.retain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One path of the province benchmark as a command: run as its own process, timed from start to exit, its peak
 * resident memory sampled from /proc while it runs (the high-water mark the kernel keeps, VmHWM). A process may
 * print {@code measured_ms=N} to say which part of its run is the measured work (the PostgreSQL query without the
 * server's start).
 */
record ScaleLeg(String name, String skipped, List<String> command) {

    private static final Pattern MEASURED = Pattern.compile("measured_ms=(\\d+)");

    record Result(double seconds, long peakMb, String note) {
    }

    static ScaleLeg of(String name, String skipped, List<String> command) {
        return new ScaleLeg(name, skipped, command);
    }

    Result runOnce() throws IOException, InterruptedException {
        Path log = Files.createTempFile("retain-scale-" + name, ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            long t0 = System.nanoTime();
            Process p = pb.start();
            long peakKb = 0;
            Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
            while (!p.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) peakKb = Math.max(peakKb, highWaterKb(status));
            double seconds = (System.nanoTime() - t0) / 1e9;
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(name + " failed (exit " + p.exitValue() + "):\n" + tail(output));
            }
            Matcher m = MEASURED.matcher(output);
            String note = "";
            if (m.find()) {
                note = String.format(java.util.Locale.ROOT, "process %.2f s", seconds);
                seconds = Long.parseLong(m.group(1)) / 1000.0;
            }
            return new Result(seconds, peakKb / 1024, note);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static long highWaterKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between two samples
        }
        return 0;
    }

    private static String tail(String output) {
        return output.length() < 4000 ? output : output.substring(output.length() - 4000);
    }
}
