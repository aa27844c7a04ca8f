package dev.retain.app.notify.template;

import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sender's signature and the opt-out lines rendering adds to marketing messages
 * ({@link MarketingLines}), edited by the admin beside the templates and audited with the old and
 * the new value. Read on every render, so every instance uses the values in force.
 */
@Component
public class TemplateSettings {

    /** Audit action of a change; subject the setting's key, detail old → new. */
    public static final String SETTING_SAVED = "template_setting_saved";

    static final MarketingLines DEFAULTS = new MarketingLines("【浙江移动】", "回T退订", "Reply T to opt out");

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    TemplateSettings(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public MarketingLines lines() {
        Map<String, String> v = new HashMap<>();
        jdbc.sql("select key, value from message_template_setting").query(rs -> {
            v.put(rs.getString(1), rs.getString(2));
        });
        return new MarketingLines(v.getOrDefault("signature", DEFAULTS.signature()), v.getOrDefault("opt_out_zh", DEFAULTS.optOutZh()),
                v.getOrDefault("opt_out_en", DEFAULTS.optOutEn()));
    }

    /** Why these lines cannot be saved; empty when they can. */
    public static List<TemplateProblem> problems(MarketingLines lines) {
        List<TemplateProblem> p = new ArrayList<>();
        String s = lines.signature() == null ? "" : lines.signature().strip();
        // the signature is the name the gateway registered, in full-width brackets: 【浙江移动】
        if (!s.startsWith("【") || !s.endsWith("】") || s.length() < 4 || s.length() > 18 || s.substring(1, s.length() - 1).contains("【")) {
            p.add(new TemplateProblem("signature", "signature", List.of(), "the signature is 2-16 characters in 【】, e.g. 【浙江移动】"));
        }
        if (lines.optOutZh() == null || lines.optOutZh().isBlank() || lines.optOutZh().length() > 20) {
            p.add(new TemplateProblem("optOutZh", "optOut", List.of(), "the opt-out line is required (at most 20 characters)"));
        }
        if (lines.optOutEn() == null || lines.optOutEn().isBlank() || lines.optOutEn().length() > 40) {
            p.add(new TemplateProblem("optOutEn", "optOutEn", List.of(), "the English opt-out line is required (at most 40 characters)"));
        }
        return p;
    }

    @Transactional
    public void save(MarketingLines lines, RetainUser by) {
        List<TemplateProblem> problems = problems(lines);
        if (!problems.isEmpty()) throw new TemplateRefusedException(problems);
        MarketingLines old = lines();
        set("signature", old.signature(), lines.signature().strip(), by);
        set("opt_out_zh", old.optOutZh(), lines.optOutZh().strip(), by);
        set("opt_out_en", old.optOutEn(), lines.optOutEn().strip(), by);
    }

    private void set(String key, String old, String value, RetainUser by) {
        if (old.equals(value)) return;
        jdbc.sql("""
                        insert into message_template_setting (key, value, updated_at, updated_by) values (?, ?, ?, ?)
                        on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(key, value, Timestamp.from(clock.instant()), by.username()).update();
        auditLog.record(by, SETTING_SAVED, key, old + " → " + value);
    }
}
