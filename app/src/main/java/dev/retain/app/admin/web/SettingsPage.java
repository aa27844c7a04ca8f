package dev.retain.app.admin.web;

import dev.retain.app.admin.SettingChange;
import dev.retain.app.admin.SettingsEditor.Move;
import dev.retain.app.admin.internal.SettingsCatalogue;
import dev.retain.app.admin.internal.SettingsCatalogue.Entry;
import dev.retain.app.admin.internal.SettingsCatalogue.Group;
import dev.retain.engine.cycle.SettingProblem;
import dev.retain.engine.value.Brand;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the settings page shows: each setting's field (the value as typed or in force, its
 * default, range and any problem), the moves waiting for confirmation and the history, with
 * times in the business time zone.
 */
record SettingsPage(List<GroupView> groups, Map<String, Field> fields, List<Move> moves, List<HistoryRow> history) {

    /** One input. {@code kind} is the engine's kind in lower case; {@code problem} a message key or null. */
    record Field(String key, String kind, String value, String inForce, String defaultValue, String min, String max,
                 String problem, String arg0, String arg1) {

        /** For brand check boxes: whether this brand is in the value. */
        public boolean has(String brand) {
            return Arrays.asList(value.split(",")).contains(brand);
        }

        public boolean changedFromDefault() {
            return !inForce.equals(defaultValue);
        }
    }

    record GroupView(String id, List<Field> fields) {
    }

    record HistoryRow(LocalDateTime at, String by, String key, String oldValue, String newValue) {
    }

    static final List<String> BRANDS = Arrays.stream(Brand.values()).map(Brand::code).toList();

    static SettingsPage of(Map<String, String> inForce, Map<String, String> typed, Map<String, SettingProblem> problems,
                           List<Move> moves, List<SettingChange> history, ZoneId zone) {
        Map<String, Field> fields = new LinkedHashMap<>();
        List<GroupView> groups = new ArrayList<>();
        for (Group g : SettingsCatalogue.GROUPS) {
            List<Field> groupFields = new ArrayList<>();
            for (Entry e : g.entries()) {
                Field f = field(e, inForce.get(e.key()), typed.getOrDefault(e.key(), inForce.get(e.key())), problems.get(e.key()));
                groupFields.add(f);
                fields.put(f.key(), f);
            }
            groups.add(new GroupView(g.id(), List.copyOf(groupFields)));
        }
        List<HistoryRow> rows = history.stream().map(c -> new HistoryRow(LocalDateTime.ofInstant(c.changedAt(), zone), c.changedBy(), c.key(),
                c.oldValue(), c.newValue())).toList();
        return new SettingsPage(groups, fields, moves, rows);
    }

    private static Field field(Entry e, String inForce, String value, SettingProblem problem) {
        List<String> args = problem == null ? List.of() : problem.args();
        return new Field(e.key(), e.spec().kind().name().toLowerCase(Locale.ROOT), value == null ? "" : value, inForce, e.defaultValue(),
                e.spec().minText(), e.spec().maxText(), problem == null ? null : "admin.settings.error." + problem.code().messageKey(),
                args.size() > 0 ? args.get(0) : "", args.size() > 1 ? args.get(1) : "");
    }
}
