package dev.retain.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs for a benchmark, with defaults. */
final class BenchArgs {

    private final Map<String, String> values = new HashMap<>();

    BenchArgs(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value, got " + args[i]);
            values.put(args[i].substring(2), args[i + 1]);
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    long number(String name, long fallback) {
        return Long.parseLong(values.getOrDefault(name, Long.toString(fallback)).replace("_", ""));
    }
}
