package dev.retain.engine.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds columns by header name; a missing required column fails the file with a clear message. */
public final class Header {

    private final Map<String, Integer> positions;
    private final int width;

    private Header(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    public static Header read(String file, CsvRecord header, List<String> required) {
        if (header.utf8Problem() != null) {
            throw new InputFileException(file, "the header row has bytes that are not UTF-8");
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.fieldCount(); i++) {
            positions.putIfAbsent(header.text(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!positions.containsKey(column)) missing.add(column);
        }
        if (!missing.isEmpty()) {
            throw new InputFileException(file, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (header has: " + String.join(", ", positions.keySet().stream().sorted().toList()) + ")");
        }
        return new Header(positions, header.fieldCount());
    }

    /** Position of a column, or -1 when an optional column is absent. */
    public int position(String column) {
        return positions.getOrDefault(column, -1);
    }

    public int width() {
        return width;
    }
}
