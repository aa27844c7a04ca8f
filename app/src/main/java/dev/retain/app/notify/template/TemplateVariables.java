package dev.retain.app.notify.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The variables the system fills in a template (the care calendar, alerts, complaints,
 * campaigns pass them by these names): a template may declare only these, so a template never
 * waits for a value nobody gives. Each comes with a sample per language for the editor's preview;
 * its description is the message {@code notify.variable.<name>}. A module that fills a new
 * variable adds it here.
 */
public final class TemplateVariables {

    /** One variable: its name as written between braces, and what the preview puts in its place. */
    public record Variable(String name, String sampleZh, String sampleEn) {

        public String sample(Locale language) {
            return MessageTemplateLanguages.isEnglish(language) ? sampleEn : sampleZh;
        }
    }

    private static final Map<String, Variable> ALL = catalogue(
            new Variable("honorific", "王先生", "Mr Wang"),
            new Variable("customer_name", "王小明", "Wang Xiaoming"),
            new Variable("manager_name", "李娜", "Li Na"),
            new Variable("festival", "中秋节", "Mid-Autumn Festival"),
            new Variable("date", "12月31日", "31 December"),
            new Variable("points", "3,200", "3,200"),
            new Variable("plan_name", "全球通畅享套餐", "GoTone Unlimited"),
            new Variable("balance", "5.20", "5.20"),
            new Variable("amount", "188.00", "188.00"),
            new Variable("offer", "每月10GB定向流量", "10 GB of data a month"),
            new Variable("event", "台风“梅花”", "Typhoon Muifa"),
            new Variable("region", "杭州", "Hangzhou"),
            new Variable("code", "482913", "482913"),
            new Variable("minutes", "5", "5"),
            new Variable("ticket", "C2026120100012", "C2026120100012"),
            new Variable("status", "已受理，正在处理", "received and being handled"),
            new Variable("count", "12", "12"),
            new Variable("days", "60", "60"),
            new Variable("percent", "80", "80"),
            new Variable("used", "8,192", "8,192"));

    private TemplateVariables() {
    }

    public static List<Variable> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Variable> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static boolean fillable(String name) {
        return ALL.containsKey(name);
    }

    private static Map<String, Variable> catalogue(Variable... variables) {
        Map<String, Variable> m = new LinkedHashMap<>();
        for (Variable v : variables) m.put(v.name(), v);
        return m;
    }
}
