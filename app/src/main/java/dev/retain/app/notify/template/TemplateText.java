package dev.retain.app.notify.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder syntax of a template text and filling it: {@code {name}} with a lower-case
 * name (letters, digits, underscores). A brace that is not part of such a placeholder is an error
 * at save ({@link #strayBrace}), so a typo such as {@code {Name}} or {@code {name} } never reaches a
 * customer as literal text. Values are put in once, never read again as a template.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)\\}");

    private TemplateText() {
    }

    /** The variables a text uses, in order of first use. */
    public static List<String> placeholders(String text) {
        if (text == null) return List.of();
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) names.add(m.group(1));
        return new ArrayList<>(names);
    }

    /** The first brace outside a well-formed placeholder, with a little of the text around it; null when there is none. */
    public static String strayBrace(String text) {
        if (text == null) return null;
        String without = PLACEHOLDER.matcher(text).replaceAll("");
        for (int i = 0; i < without.length(); i++) {
            char c = without.charAt(i);
            if (c == '{' || c == '}') {
                return without.substring(Math.max(0, i - 6), Math.min(without.length(), i + 8));
            }
        }
        return null;
    }

    /** The text with every placeholder replaced by its value; a variable without a value is refused by name. */
    public static String fill(String templateCode, String text, Map<String, String> values) {
        if (text == null) return null;
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) throw new MissingVariableException(templateCode, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
