package dev.retain.app.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one command, with typed getters and clear errors. */
final class Options {

    private final String command;
    private final Map<String, String> values = new HashMap<>();

    Options(String command, String[] args, int from, Set<String> allowed) {
        this.command = command;
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) throw new UsageException(command + ": unexpected argument '" + a + "'");
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            }
            if (!allowed.contains(name)) throw new UsageException(command + ": unknown option --" + name + " (options: --" + String.join(", --", allowed) + ")");
            values.put(name, value == null ? "true" : value);
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) throw new UsageException(command + ": --" + name + " is required");
        return v;
    }

    Path path(String name) {
        return Path.of(required(name));
    }

    Path optionalPath(String name) {
        String v = values.get(name);
        return v == null ? null : Path.of(v);
    }

    /** {@code --max-reject-rate}: the share of bad rows a file may have (0 to 1), or null when not given. */
    Double rejectRate() {
        String text = values.get("max-reject-rate");
        if (text == null) return null;
        try {
            double r = Double.parseDouble(text);
            if (!(r >= 0 && r <= 1)) throw new NumberFormatException();
            return r;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --max-reject-rate must be a share between 0 and 1, not '" + text + "'");
        }
    }

    long number(String name, long fallback) {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " must be a whole number ≥ 0, not '" + v + "'");
        }
    }

    YearMonth month(String name, YearMonth fallback) {
        String v = values.get(name);
        if (v == null) {
            if (fallback == null) throw new UsageException(command + ": --" + name + " is required (YYYY-MM)");
            return fallback;
        }
        try {
            return YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException(command + ": --" + name + " must be a month YYYY-MM, not '" + v + "'");
        }
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** Every option given, by name (a flag's value is "true"). */
    Map<String, String> all() {
        return Map.copyOf(values);
    }
}
