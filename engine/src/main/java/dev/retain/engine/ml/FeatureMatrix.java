package dev.retain.engine.ml;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows × named columns of floats, row-major; {@code Float.NaN} is a missing value. The
 * names travel with the numbers so that a model matches its inputs by name, never by
 * position.
 */
public record FeatureMatrix(List<String> names, float[] values, int rows) {

    public FeatureMatrix {
        names = List.copyOf(names);
        if (rows < 0) throw new IllegalArgumentException("rows must be ≥ 0, not " + rows);
        if ((long) rows * names.size() != values.length) {
            throw new IllegalArgumentException("values hold " + values.length + " numbers, not rows × cols = " + rows + " × " + names.size());
        }
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (n == null || n.isEmpty()) throw new IllegalArgumentException("a column without a name");
            if (!seen.add(n)) throw new IllegalArgumentException("column '" + n + "' appears twice");
        }
    }

    public int cols() {
        return names.size();
    }

    public float get(int row, int col) {
        return values[row * names.size() + col];
    }

    /** Index of the named column, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** A subset of rows in the given order (repeats allowed), same columns. */
    public FeatureMatrix select(int[] rowIndexes) {
        int c = cols();
        float[] out = new float[rowIndexes.length * c];
        for (int i = 0; i < rowIndexes.length; i++) {
            int r = rowIndexes[i];
            if (r < 0 || r >= rows) throw new IndexOutOfBoundsException("row " + r + " of " + rows);
            System.arraycopy(values, r * c, out, i * c, c);
        }
        return new FeatureMatrix(names, out, rowIndexes.length);
    }

    /**
     * The same rows with the columns in {@code wanted}'s order, matched by name; columns
     * not wanted are left out. A wanted column that is missing is an error that names it.
     */
    public FeatureMatrix columnsInOrder(List<String> wanted) {
        if (wanted.equals(names)) return this;
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < names.size(); i++) at.put(names.get(i), i);
        int[] from = new int[wanted.size()];
        StringBuilder missing = new StringBuilder();
        for (int j = 0; j < wanted.size(); j++) {
            Integer i = at.get(wanted.get(j));
            if (i == null) {
                missing.append(missing.length() == 0 ? "" : ", ").append('\'').append(wanted.get(j)).append('\'');
                from[j] = -1;
            } else {
                from[j] = i;
            }
        }
        if (missing.length() > 0) {
            throw new IllegalArgumentException("the model needs column(s) " + missing + " which the input does not have (it has " + names.size() + " columns)");
        }
        int c = cols();
        int w = wanted.size();
        float[] out = new float[rows * w];
        for (int r = 0; r < rows; r++) {
            int src = r * c;
            int dst = r * w;
            for (int j = 0; j < w; j++) out[dst + j] = values[src + from[j]];
        }
        return new FeatureMatrix(wanted, out, rows);
    }

    /** Picks the given entries of a per-row array (labels, ids) in the order of {@code rowIndexes}. */
    public static float[] pick(float[] perRow, int[] rowIndexes) {
        float[] out = new float[rowIndexes.length];
        for (int i = 0; i < rowIndexes.length; i++) out[i] = perRow[rowIndexes[i]];
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureMatrix m && m.rows == rows && m.names.equals(names) && java.util.Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + rows + " rows × " + names.size() + " columns " + names + "]";
    }
}
