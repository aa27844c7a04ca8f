package dev.retain.engine.care;

import dev.retain.engine.calendar.Festival;
import dev.retain.engine.value.Tier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The care playbook: per moment (or one festival) and tier, the action, the message template and
 * the task kind. Data the admin edits; the defaults ship as {@code care/care-playbook.csv}. The most
 * specific row wins: one festival and a tier, one festival and any tier, the moment and a tier, the
 * moment and any tier. Every moment must resolve for every tier, so a gap is refused at load rather
 * than found on a festival morning.
 */
public final class CarePlaybook {

    static final String RESOURCE = "/care/care-playbook.csv";
    public static final List<String> HEADER = List.of("moment", "tier", "action", "template", "task_kind");
    private static final String ANY = "any";
    private static final String FESTIVAL_PLACEHOLDER = "{festival}";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final List<PlaybookRow> rows;
    private final Map<String, CareAction> byKey = new HashMap<>();

    private CarePlaybook(List<PlaybookRow> rows, String name) {
        this.rows = List.copyOf(rows);
        for (int i = 0; i < rows.size(); i++) {
            PlaybookRow r = rows.get(i);
            String where = name + " row " + (i + 1) + " (" + r.moment() + ", " + r.tier() + ")";
            try {
                String key = key(r.moment(), r.tier());
                if (byKey.put(key, action(r)) != null) throw new IllegalArgumentException("given twice");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        for (MomentKind kind : MomentKind.values()) {
            for (Tier tier : Tier.values()) {
                if (find(kind.code(), tier) == null) {
                    throw new IllegalArgumentException(name + ": no row for " + kind.code() + " and tier " + tier.code() + " (add one for the tier or for any)");
                }
            }
        }
    }

    /** The shipped defaults. */
    public static CarePlaybook defaults() {
        InputStream in = CarePlaybook.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A playbook in the CSV columns of {@link #HEADER} ({@code #} lines are comments). */
    public static CarePlaybook parse(Reader csv, String name) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        List<PlaybookRow> rows = new ArrayList<>();
        boolean header = false;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split(",", -1);
            if (!header) {
                if (!List.of(f).equals(HEADER)) throw new IllegalArgumentException(name + ": the header must be " + String.join(",", HEADER));
                header = true;
                continue;
            }
            if (f.length != HEADER.size()) throw new IllegalArgumentException(name + ": '" + line + "' has " + f.length + " fields, not " + HEADER.size());
            rows.add(new PlaybookRow(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim()));
        }
        return of(rows, name);
    }

    /** A playbook from rows the admin edited; refuses an unknown moment, tier or action, a missing template or task kind, or a gap. */
    public static CarePlaybook of(List<PlaybookRow> rows, String name) {
        return new CarePlaybook(rows, name);
    }

    public List<PlaybookRow> rows() {
        return rows;
    }

    /** The action for a moment (and its festival, for FESTIVAL; else null) and a tier, the template's {festival} filled in. */
    public CareAction actionFor(MomentKind kind, Festival festival, Tier tier) {
        CareAction action = null;
        if (festival != null) action = find(kind.code() + ":" + festival.code(), tier);
        if (action == null) action = find(kind.code(), tier);
        if (festival != null && action.template() != null && action.template().contains(FESTIVAL_PLACEHOLDER)) {
            return new CareAction(action.type(), action.template().replace(FESTIVAL_PLACEHOLDER, festival.code()), action.taskKind());
        }
        return action;
    }

    private CareAction find(String moment, Tier tier) {
        CareAction exact = byKey.get(moment + "|" + tier.code());
        return exact != null ? exact : byKey.get(moment + "|" + ANY);
    }

    private static String key(String moment, String tier) {
        int colon = moment.indexOf(':');
        MomentKind kind = MomentKind.parse(colon < 0 ? moment : moment.substring(0, colon));
        if (colon >= 0) {
            if (kind != MomentKind.FESTIVAL) throw new IllegalArgumentException("only festival rows name one occasion");
            Festival.parse(moment.substring(colon + 1));
        }
        if (!tier.equals(ANY)) Tier.parse(tier);
        return moment + "|" + tier;
    }

    private static CareAction action(PlaybookRow r) {
        CareAction.Type type;
        try {
            type = CareAction.Type.valueOf(r.action().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("action is message, task, both or none, not '" + r.action() + "'");
        }
        if (type == CareAction.Type.NONE) return CareAction.NONE;
        String template = blankToNull(r.template());
        String taskKind = blankToNull(r.taskKind());
        if (template != null && !CODE.matcher(template.replace(FESTIVAL_PLACEHOLDER, "x")).matches()) {
            throw new IllegalArgumentException("template '" + template + "' is not a code (a-z, 0-9, '.', '-', '_')");
        }
        if (template != null && template.contains(FESTIVAL_PLACEHOLDER) && !r.moment().startsWith(MomentKind.FESTIVAL.code())) {
            throw new IllegalArgumentException(FESTIVAL_PLACEHOLDER + " only in festival rows");
        }
        if (taskKind != null && !CODE.matcher(taskKind).matches()) throw new IllegalArgumentException("task kind '" + taskKind + "' is not a code");
        return new CareAction(type, template, taskKind);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
