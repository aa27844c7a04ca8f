package dev.retain.app.retention.web;

import dev.retain.app.admin.RetentionSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Warning rules in words, for every page that names one (a task's reasons, the 360 view's
 * warnings, the rules dry run): the description the rules in force give it in the reader's
 * language (the admin writes it beside the rule), else the built-in message
 * {@code retention.reason.<id>}, else the id itself. Ask once per page:
 * {@code th:with="words=${@ruleWords.inForce(#locale)}"}, then {@code ${words.of(id)}}.
 */
@Component("ruleWords")
public class RuleWords {

    private final RetentionSettings settings;
    private final MessageSource messages;
    private volatile Parsed last = new Parsed("", Map.of());

    RuleWords(RetentionSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** One page's words: the rules in force are read once, their YAML parsed again only after a change. */
    public Words inForce(Locale locale) {
        String yaml = settings.rulesYaml();
        Parsed parsed = last;
        if (!parsed.yaml.equals(yaml)) {
            parsed = new Parsed(yaml, descriptions(yaml));
            last = parsed;
        }
        return new Words(parsed.descriptions, locale, messages);
    }

    /** The words of one page. */
    public record Words(Map<String, Map<String, String>> descriptions, Locale locale, MessageSource messages) {

        public String of(String ruleId) {
            Map<String, String> d = descriptions.get(ruleId);
            String language = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh" : "en";
            if (d != null && d.get(language) != null && !d.get(language).isBlank()) return d.get(language);
            return messages.getMessage("retention.reason." + ruleId, null, ruleId, locale);
        }
    }

    private record Parsed(String yaml, Map<String, Map<String, String>> descriptions) {
    }

    /** rule id → language → description; leniently, since a stored rules text was accepted by the engine when saved. */
    private static Map<String, Map<String, String>> descriptions(String yaml) {
        Map<String, Map<String, String>> byId = new HashMap<>();
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException notYaml) {
            return byId;
        }
        if (!(document instanceof Map<?, ?> root) || !(root.get("rules") instanceof List<?> rules)) return byId;
        for (Object node : rules) {
            if (!(node instanceof Map<?, ?> rule) || rule.get("id") == null) continue;
            Map<String, String> words = new HashMap<>();
            if (rule.get("description") instanceof Map<?, ?> d) {
                d.forEach((language, text) -> words.put(String.valueOf(language), text == null ? null : String.valueOf(text)));
            }
            byId.put(String.valueOf(rule.get("id")), words);
        }
        return byId;
    }
}
