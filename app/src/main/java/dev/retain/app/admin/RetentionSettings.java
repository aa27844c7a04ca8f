package dev.retain.app.admin;

import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.zone.ZoneThresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone thresholds and warning rules in force: the newest saved version, or the engine's
 * defaults until an admin saves one. Read by the cycle; edited on the admin pages.
 */
@Service
public class RetentionSettings {

    public static final String THRESHOLDS_SAVED = "thresholds_saved";
    public static final String RULES_SAVED = "rules_saved";

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    RetentionSettings(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public ZoneThresholds thresholds() {
        return jdbc.sql("""
                        select round(high_value_bill * 100)::bigint, mou_threshold, round(min_commit * 100)::bigint
                        from threshold_settings order by version desc limit 1""")
                .query((rs, i) -> new ZoneThresholds(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .optional().orElse(ZoneThresholds.DEFAULTS);
    }

    /** The engine's settings with the thresholds in force. */
    public CycleSettings cycleSettings() {
        return CycleSettings.DEFAULTS.withZones(thresholds());
    }

    /** The YAML of the rules in force (the built-in file until an admin saves a version). */
    public String rulesYaml() {
        Optional<String> saved = jdbc.sql("select yaml from rule_set_version order by version desc limit 1")
                .query(String.class).optional();
        return saved.orElseGet(RetentionSettings::defaultRulesYaml);
    }

    public RuleSet rules() {
        return new RuleSetLoader().load("rules in force", new StringReader(rulesYaml()));
    }

    public static String defaultRulesYaml() {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(RuleSetLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A saved version of the thresholds: A and C in CNY, M in minutes. */
    public record ThresholdVersion(long version, BigDecimal highValueBill, long mouThreshold, BigDecimal minCommit,
                                   String savedBy, LocalDateTime savedAt) {
    }

    /** A saved version of the rules (the YAML itself is read with {@link #rulesYaml()}). */
    public record RuleSetVersion(long version, String savedBy, LocalDateTime savedAt) {
    }

    /** Saves new thresholds; they are in force from the next cycle. The caller has validated them. */
    @Transactional
    public ZoneThresholds saveThresholds(BigDecimal highValueBill, long mouThreshold, BigDecimal minCommit, RetainUser by) {
        // the engine's own check (positive amounts) before anything is stored
        ZoneThresholds checked = new ZoneThresholds(highValueBill.movePointRight(2).longValueExact(), mouThreshold,
                minCommit.movePointRight(2).longValueExact());
        jdbc.sql("insert into threshold_settings (high_value_bill, mou_threshold, min_commit, saved_by) values (?, ?, ?, ?)")
                .params(highValueBill, mouThreshold, minCommit, by.username()).update();
        auditLog.record(by, THRESHOLDS_SAVED, "threshold_settings",
                "A=" + highValueBill.toPlainString() + " M=" + mouThreshold + " C=" + minCommit.toPlainString());
        return checked;
    }

    public List<ThresholdVersion> thresholdHistory() {
        return jdbc.sql("""
                        select version, high_value_bill, mou_threshold, min_commit, saved_by, saved_at
                        from threshold_settings order by version desc""")
                .query((rs, i) -> new ThresholdVersion(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getTimestamp(6).toLocalDateTime()))
                .list();
    }

    /**
     * Saves a new version of the rules only if the engine accepts it; otherwise the
     * {@link dev.retain.engine.rules.RuleSetException} names the rule at fault and nothing is stored.
     */
    @Transactional
    public RuleSet saveRules(String yaml, RetainUser by) {
        RuleSet checked = new RuleSetLoader().load("rules", new StringReader(yaml));
        long version = jdbc.sql("insert into rule_set_version (yaml, saved_by) values (?, ?) returning version")
                .params(yaml, by.username()).query(Long.class).single();
        auditLog.record(by, RULES_SAVED, "rule_set_version " + version, checked.rules().size() + " rules");
        return checked;
    }

    public List<RuleSetVersion> ruleHistory() {
        return jdbc.sql("select version, saved_by, saved_at from rule_set_version order by version desc")
                .query((rs, i) -> new RuleSetVersion(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime()))
                .list();
    }
}
