package dev.retain.app.admin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One rule as written in the YAML, read leniently so that even a rules file the engine refuses
 * can be shown rule by rule with the faulty one marked. {@code position} is 1-based: the
 * engine names a rule without an id as "#position".
 */
record RuleRow(int position, String id, String when, String kind, String priority, String playbook) {

    /** Whether the engine's error names this rule. */
    public boolean isNamedBy(String ruleId) {
        return ruleId != null && (ruleId.equals(id) || ruleId.equals("#" + position));
    }

    /** The rules of a YAML text; empty when the text is not YAML or has no rule list. */
    static List<RuleRow> of(String yaml) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException notYaml) {
            org.slf4j.LoggerFactory.getLogger(RuleRow.class).debug("the rules text is not YAML; no rows to show", notYaml);
            return List.of();
        }
        if (!(document instanceof Map<?, ?> root) || !(root.get("rules") instanceof List<?> rules)) return List.of();
        List<RuleRow> rows = new ArrayList<>();
        int n = 0;
        for (Object node : rules) {
            n++;
            Map<?, ?> rule = node instanceof Map<?, ?> m ? m : Map.of();
            rows.add(new RuleRow(n, text(rule, "id"), text(rule, "when"), text(rule, "kind"), text(rule, "priority"),
                    text(rule, "playbook")));
        }
        return rows;
    }

    private static String text(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null ? "" : String.valueOf(v);
    }
}
