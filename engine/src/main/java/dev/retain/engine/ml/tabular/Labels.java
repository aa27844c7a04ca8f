package dev.retain.engine.ml.tabular;

import dev.retain.engine.csv.InputFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The label of a customer CSV as 0/1: which value is the positive class, which rows have a
 * label at all. Rows with a blank label are left out (and counted).
 *
 * @param column    the label column's name as in the file
 * @param positive  the positive value as written in the file
 * @param rows      indexes of the table rows that have a label
 * @param values    0/1 for each of {@code rows}
 * @param blank     rows left out for a blank label
 */
public record Labels(String column, String positive, int[] rows, float[] values, int blank) {

    /**
     * Reads the label column. Without {@code positive}, a yes/no, true/false, y/n or 1/0
     * label takes "yes", "true", "y" or "1"; any other label needs it named.
     */
    public static Labels of(RawTable t, String labelColumn, String positive) {
        int col = t.requireColumn(labelColumn, "label");
        String name = t.header().get(col);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String v = t.cell(r, col);
            if (v != null) counts.merge(v, 1, Integer::sum);
        }
        if (counts.isEmpty()) throw new InputFileException(t.file(), "label column '" + name + "' is blank on every row");
        String chosen = positive == null ? obviousPositive(t, name, counts) : match(t, name, counts, positive);
        if (counts.size() < 2) {
            throw new InputFileException(t.file(), "label column '" + name + "' has only one class ('" + counts.keySet().iterator().next()
                    + "' on all " + counts.values().iterator().next() + " labelled rows): there is nothing to learn");
        }
        List<Integer> kept = new ArrayList<>();
        List<Float> ys = new ArrayList<>();
        int blank = 0;
        long positives = 0;
        for (int r = 0; r < t.size(); r++) {
            String v = t.cell(r, col);
            if (v == null) {
                blank++;
                continue;
            }
            kept.add(r);
            boolean pos = same(v, chosen);
            if (pos) positives++;
            ys.add(pos ? 1f : 0f);
        }
        if (positives == 0 || positives == kept.size()) {
            throw new InputFileException(t.file(), "label column '" + name + "' has only one class once '" + chosen + "' is the positive value");
        }
        int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
        float[] values = new float[ys.size()];
        for (int i = 0; i < values.length; i++) values[i] = ys.get(i);
        return new Labels(name, chosen, rows, values, blank);
    }

    public long positives() {
        long n = 0;
        for (float v : values) n += (long) v;
        return n;
    }

    private static final List<Set<String>> PAIRS = List.of(Set.of("yes", "no"), Set.of("true", "false"), Set.of("y", "n"));

    private static String obviousPositive(RawTable t, String name, Map<String, Integer> counts) {
        Set<String> lower = new java.util.HashSet<>();
        for (String v : counts.keySet()) lower.add(v.toLowerCase(Locale.ROOT));
        for (Set<String> pair : PAIRS) {
            if (pair.containsAll(lower)) {
                String yes = pair.contains("yes") ? "yes" : pair.contains("true") ? "true" : "y";
                for (String v : counts.keySet()) if (v.equalsIgnoreCase(yes)) return v;
                return yes; // only the negative value occurs: reported as one class
            }
        }
        boolean zeroOne = true;
        String one = null;
        for (String v : counts.keySet()) {
            Double d = DecimalText.parse(v);
            if (d == null || (d != 0 && d != 1)) zeroOne = false;
            else if (d == 1) one = v;
        }
        if (zeroOne) return one == null ? "1" : one;
        throw new InputFileException(t.file(), "label column '" + name + "' has the values " + list(counts)
                + ": name the positive (churned) one with --positive");
    }

    private static String match(RawTable t, String name, Map<String, Integer> counts, String positive) {
        for (String v : counts.keySet()) if (same(v, positive)) return v;
        throw new InputFileException(t.file(), "--positive '" + positive + "' is not a value of label column '" + name + "'; its values are " + list(counts));
    }

    /** Equal ignoring case, or as numbers ("1" and "1.0"). */
    static boolean same(String a, String b) {
        if (a.equalsIgnoreCase(b)) return true;
        Double x = DecimalText.parse(a);
        Double y = DecimalText.parse(b);
        return x != null && y != null && x.doubleValue() == y.doubleValue();
    }

    private static String list(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        int shown = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (shown++ == 10) {
                parts.add("… (" + counts.size() + " in all)");
                break;
            }
            parts.add("'" + e.getKey() + "' (" + e.getValue() + ")");
        }
        return String.join(", ", parts);
    }
}
