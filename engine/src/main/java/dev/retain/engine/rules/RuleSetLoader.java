package dev.retain.engine.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a YAML rules file, compiles each condition once with CEL's type checker over the
 * declared facts, and refuses the whole file on the first problem with the rule named:
 * a typo in a variable, a condition that is not boolean, an unknown kind or playbook.
 */
public final class RuleSetLoader {

    public static final String DEFAULT_RESOURCE = "/rules/default-rules.yaml";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final CelCompiler compiler;
    private final CelRuntime runtime;

    public RuleSetLoader() {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder().setResultType(SimpleType.BOOL);
        FactNames.TYPES.forEach(builder::addVar);
        this.compiler = builder.build();
        this.runtime = CelRuntimeFactory.standardCelRuntimeBuilder().build();
    }

    public RuleSet loadDefaults() {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return load("default-rules.yaml", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleSetException("default-rules.yaml", null, "cannot read the built-in rules: " + e.getMessage());
        }
    }

    public RuleSet load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(file.getFileName().toString(), reader);
        } catch (IOException e) {
            throw new RuleSetException(file.toString(), null, "cannot read the rules file: " + e.getMessage());
        }
    }

    public RuleSet load(String source, Reader reader) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new RuleSetException(source, null, "not valid YAML: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> root)) throw new RuleSetException(source, null, "expected 'playbooks:' and 'rules:' at the top");
        Map<String, Playbook> playbooks = readPlaybooks(source, root.get("playbooks"));
        Object rulesNode = root.get("rules");
        if (!(rulesNode instanceof List<?> ruleList) || ruleList.isEmpty()) throw new RuleSetException(source, null, "'rules:' must be a non-empty list");
        List<WarningRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (Object node : ruleList) {
            n++;
            if (!(node instanceof Map<?, ?> map)) throw new RuleSetException(source, "#" + n, "each rule must be a mapping with id, when, kind, priority, playbook");
            WarningRule rule = readRule(source, n, map, playbooks);
            if (!ids.add(rule.id())) throw new RuleSetException(source, rule.id(), "the id is used twice");
            rules.add(rule);
        }
        return new RuleSet(source, rules, playbooks);
    }

    /** Compiles one condition: the error message CEL gives, for the admin screen to show at the rule. */
    public CelRuntime.Program compile(String source, String ruleId, String expression) {
        CelValidationResult result = compiler.compile(expression);
        if (result.hasError()) {
            throw new RuleSetException(source, ruleId, "condition does not compile: " + result.getErrorString());
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            return runtime.createProgram(ast);
        } catch (CelValidationException | CelEvaluationException e) {
            throw new RuleSetException(source, ruleId, "condition does not compile: " + e.getMessage());
        }
    }

    private WarningRule readRule(String source, int n, Map<?, ?> map, Map<String, Playbook> playbooks) {
        String id = text(map, "id");
        if (id == null) throw new RuleSetException(source, "#" + n, "missing 'id'");
        if (!ID.matcher(id).matches()) throw new RuleSetException(source, id, "id must be lower case letters, digits and _ (at most 63)");
        String when = text(map, "when");
        if (when == null) throw new RuleSetException(source, id, "missing 'when' (the condition)");
        String kindText = text(map, "kind");
        TaskKind kind;
        try {
            kind = TaskKind.valueOf(String.valueOf(kindText).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleSetException(source, id, "unknown kind '" + kindText + "' (expected retention/winback/upgrade/care)");
        }
        Object priorityNode = map.get("priority");
        if (!(priorityNode instanceof Integer priority) || priority < 0 || priority > 100) {
            throw new RuleSetException(source, id, "priority must be a whole number from 0 to 100, found '" + priorityNode + "'");
        }
        String playbookId = text(map, "playbook");
        Playbook playbook = playbooks.get(playbookId);
        if (playbook == null) throw new RuleSetException(source, id, "unknown playbook '" + playbookId + "' (known: " + String.join(", ", playbooks.keySet()) + ")");
        Map<?, ?> description = map.get("description") instanceof Map<?, ?> d ? d : Map.of();
        return new WarningRule(id, when, kind, priority, playbook, text(description, "zh"), text(description, "en"), compile(source, id, when));
    }

    private Map<String, Playbook> readPlaybooks(String source, Object node) {
        if (!(node instanceof Map<?, ?> map) || map.isEmpty()) throw new RuleSetException(source, null, "'playbooks:' must map playbook ids to due_days and actions");
        Map<String, Playbook> playbooks = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String id = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> p)) throw new RuleSetException(source, null, "playbook '" + id + "' must be a mapping");
            if (!(p.get("due_days") instanceof Integer due) || due < 0 || due > 366) {
                throw new RuleSetException(source, null, "playbook '" + id + "': due_days must be a whole number from 0 to 366");
            }
            if (!(p.get("actions") instanceof List<?> actions) || actions.isEmpty()) {
                throw new RuleSetException(source, null, "playbook '" + id + "': actions must be a non-empty list");
            }
            Map<?, ?> description = p.get("description") instanceof Map<?, ?> d ? d : Map.of();
            playbooks.put(id, new Playbook(id, due, actions.stream().map(String::valueOf).toList(),
                    text(description, "zh"), text(description, "en")));
        }
        return playbooks;
    }

    private static String text(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null ? null : String.valueOf(v).trim();
    }
}
