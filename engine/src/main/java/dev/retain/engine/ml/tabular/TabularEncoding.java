package dev.retain.engine.ml.tabular;

import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.ml.FeatureMatrix;
import dev.retain.engine.ml.ModelJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a customer CSV becomes a {@link FeatureMatrix}, learnt from the training rows only and
 * saved beside the model ({@value #FILE}) so that scoring applies it identically, column by
 * column name.
 *
 * <p>The typing of each column (never the label; never the id column):
 * <ul>
 * <li><b>numeric</b> when at least {@value #NUMERIC_SHARE_PERCENT} % of its non-blank cells are
 *     numbers; blanks and the few stray non-numbers ("n/a", "?") become missing values, and
 *     the strays are reported by column with the first line;
 * <li><b>yes/no</b> when its values are yes/no, true/false or y/n: one 0/1 feature;
 * <li><b>dropped as an identifier</b> when it is text and every row has a different value;
 * <li><b>dropped as constant</b> when it has fewer than two distinct values (blank counts as one);
 * <li>otherwise <b>categorical</b>: one 0/1 feature per level for the {@value #MAX_LEVELS} most
 *     frequent levels seen at least {@value #MIN_LEVEL_ROWS} times, the rest as "other"; a blank
 *     cell is the level {@value #BLANK}.
 * </ul>
 */
public record TabularEncoding(String labelColumn, String idColumn, List<ColumnEncoding> columns, List<DroppedColumn> dropped) {

    public static final String FILE = "encoding.json";
    public static final String BLANK = "(blank)";
    static final int NUMERIC_SHARE_PERCENT = 95;
    static final int MAX_LEVELS = 50;
    static final int MIN_LEVEL_ROWS = 5;

    /** A column that is not a feature, and why. */
    public record DroppedColumn(String column, String reason) {
    }

    /** The features of some rows, with what was noticed on the way (stray non-numbers, unseen categories). */
    public record Encoded(FeatureMatrix matrix, List<String> notices) {
    }

    public TabularEncoding {
        columns = List.copyOf(columns);
        dropped = List.copyOf(dropped);
    }

    /**
     * Types the columns of {@code t} from its rows {@code rows} (the training part).
     *
     * @param labelColumn the label's column name as in the file
     * @param idColumn    a column the user named as the identifier, or null (then the first text column with all values distinct, if any)
     */
    public static TabularEncoding fit(RawTable t, int[] rows, String labelColumn, String idColumn) {
        int label = t.requireColumn(labelColumn, "label");
        int id = idColumn == null ? -1 : t.requireColumn(idColumn, "id");
        String idName = id >= 0 ? t.header().get(id) : null;
        List<ColumnEncoding> columns = new ArrayList<>();
        List<DroppedColumn> dropped = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int c = 0; c < t.header().size(); c++) {
            String name = t.header().get(c);
            if (c == label) continue;
            if (c == id) {
                dropped.add(new DroppedColumn(name, "identifier, named by --id"));
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            int blank = 0;
            int numbers = 0;
            for (int r : rows) {
                String v = t.cell(r, c);
                if (v == null) {
                    blank++;
                    continue;
                }
                counts.merge(v, 1, Integer::sum);
                if (DecimalText.parse(v) != null) numbers++;
            }
            int filled = rows.length - blank;
            int distinct = counts.size() + (blank > 0 ? 1 : 0);
            if (distinct < 2) {
                dropped.add(new DroppedColumn(name, filled == 0 ? "constant (always blank)" : "constant (always '" + counts.keySet().iterator().next() + "')"));
                continue;
            }
            if (numbers > 0 && numbers * 100L >= (long) NUMERIC_SHARE_PERCENT * filled) {
                columns.add(new ColumnEncoding.Numeric(name, unique(feature(name), used)));
                continue;
            }
            String yes = yesOf(counts.keySet());
            if (yes != null) {
                columns.add(new ColumnEncoding.YesNo(name, yes, unique(feature(name), used)));
                continue;
            }
            if (blank == 0 && counts.size() == rows.length && rows.length > 1) {
                if (idName == null) idName = name;
                dropped.add(new DroppedColumn(name, "identifier: text, every value different"));
                continue;
            }
            if (blank > 0) counts.merge(BLANK, blank, Integer::sum);
            List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
            byCount.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
            List<String> levels = new ArrayList<>();
            for (Map.Entry<String, Integer> e : byCount) {
                if (levels.size() < MAX_LEVELS && e.getValue() >= MIN_LEVEL_ROWS) levels.add(e.getKey());
            }
            levels.sort(Comparator.naturalOrder());
            List<String> features = new ArrayList<>();
            for (String level : levels) features.add(unique(feature(name + "=" + level), used));
            String other = levels.size() < counts.size() ? unique(feature(name + "=other"), used) : null;
            if (levels.isEmpty() && other == null) {
                dropped.add(new DroppedColumn(name, "no level frequent enough"));
                continue;
            }
            columns.add(new ColumnEncoding.OneHot(name, levels, features, other));
        }
        if (columns.isEmpty()) throw new InputFileException(t.file(), "no usable feature columns (dropped: " + describeDropped(dropped) + ")");
        return new TabularEncoding(t.header().get(label), idName, columns, dropped);
    }

    /** The features, in model order. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (ColumnEncoding c : columns) names.addAll(c.features());
        return names;
    }

    /** Encodes rows {@code rows} of {@code t}; its columns are found by name (any order; extra columns ignored). */
    public Encoded apply(RawTable t, int[] rows) {
        List<String> names = featureNames();
        int width = names.size();
        int[] source = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            source[i] = t.column(columns.get(i).column());
            if (source[i] < 0) missing.add("'" + columns.get(i).column() + "'");
        }
        if (!missing.isEmpty()) {
            throw new InputFileException(t.file(), "the model needs column(s) " + String.join(", ", missing) + " which the file does not have; its columns are: "
                    + String.join(", ", t.header()));
        }
        float[] v = new float[rows.length * width];
        List<String> notices = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < columns.size(); i++) {
            ColumnEncoding enc = columns.get(i);
            int c = source[i];
            int strays = 0;
            long firstLine = 0;
            String firstValue = null;
            if (enc instanceof ColumnEncoding.Numeric) {
                for (int k = 0; k < rows.length; k++) {
                    String s = t.cell(rows[k], c);
                    Double d = s == null ? null : DecimalText.parse(s);
                    if (s != null && d == null && strays++ == 0) {
                        firstLine = t.lines()[rows[k]];
                        firstValue = s;
                    }
                    v[k * width + at] = d == null ? Float.NaN : d.floatValue();
                }
                if (strays > 0) {
                    notices.add(String.format(Locale.ROOT, "column '%s': %d non-numeric cell(s) treated as missing (first: line %d, '%s')",
                            enc.column(), strays, firstLine, firstValue));
                }
                at++;
            } else if (enc instanceof ColumnEncoding.YesNo y) {
                for (int k = 0; k < rows.length; k++) {
                    String s = t.cell(rows[k], c);
                    float x;
                    if (s == null) {
                        x = Float.NaN;
                    } else if (s.equalsIgnoreCase(y.yes())) {
                        x = 1f;
                    } else if (s.equalsIgnoreCase(negativeOf(y.yes()))) {
                        x = 0f;
                    } else {
                        x = Float.NaN;
                        if (strays++ == 0) {
                            firstLine = t.lines()[rows[k]];
                            firstValue = s;
                        }
                    }
                    v[k * width + at] = x;
                }
                if (strays > 0) {
                    notices.add(String.format(Locale.ROOT, "column '%s': %d value(s) neither %s nor %s treated as missing (first: line %d, '%s')",
                            enc.column(), strays, y.yes(), negativeOf(y.yes()), firstLine, firstValue));
                }
                at++;
            } else if (enc instanceof ColumnEncoding.OneHot h) {
                Map<String, Integer> index = new LinkedHashMap<>();
                for (int l = 0; l < h.levels().size(); l++) index.put(h.levels().get(l), l);
                int levels = h.levels().size();
                int otherAt = h.otherFeature() == null ? -1 : levels;
                for (int k = 0; k < rows.length; k++) {
                    String s = t.cell(rows[k], c);
                    Integer l = index.get(s == null ? BLANK : s);
                    int base = k * width + at;
                    if (l != null) {
                        v[base + l] = 1f;
                    } else if (otherAt >= 0) {
                        v[base + otherAt] = 1f;
                    }
                }
                at += h.features().size();
            }
        }
        return new Encoded(new FeatureMatrix(names, v, rows.length), notices);
    }

    /** "20 columns → 45 features (3 numeric, 6 yes/no, 10 categorical); dropped: customerID (identifier …)". */
    public String describe() {
        long numeric = columns.stream().filter(c -> c instanceof ColumnEncoding.Numeric).count();
        long yesNo = columns.stream().filter(c -> c instanceof ColumnEncoding.YesNo).count();
        long categorical = columns.stream().filter(c -> c instanceof ColumnEncoding.OneHot).count();
        return String.format(Locale.ROOT, "%d columns → %d features (%d numeric, %d yes/no, %d categorical); label '%s'%s%s",
                columns.size(), featureNames().size(), numeric, yesNo, categorical, labelColumn,
                idColumn == null ? "" : ", id '" + idColumn + "'",
                dropped.isEmpty() ? "" : "; dropped: " + describeDropped(dropped));
    }

    private static String describeDropped(List<DroppedColumn> dropped) {
        return String.join(", ", dropped.stream().map(d -> d.column() + " (" + d.reason() + ")").toList());
    }

    public void save(Path dir) {
        ModelJson.writeFile(dir.resolve(FILE), this);
    }

    public static TabularEncoding load(Path dir) {
        return ModelJson.readFile(dir.resolve(FILE), TabularEncoding.class);
    }

    private static final List<List<String>> YES_NO = List.of(List.of("yes", "no"), List.of("true", "false"), List.of("y", "n"));

    private static String yesOf(Set<String> values) {
        Set<String> lower = new HashSet<>();
        for (String v : values) lower.add(v.toLowerCase(Locale.ROOT));
        for (List<String> pair : YES_NO) {
            if (pair.containsAll(lower)) return pair.get(0);
        }
        return null;
    }

    private static String negativeOf(String yes) {
        for (List<String> pair : YES_NO) if (pair.get(0).equals(yes)) return pair.get(1);
        throw new IllegalStateException("no pair for " + yes);
    }

    /** XGBoost refuses '[', ']' and '<' in feature names. */
    static String feature(String name) {
        return name.replace('[', '(').replace(']', ')').replace("<", "lt");
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int i = 2; !used.add(n); i++) n = name + "#" + i;
        return n;
    }
}
