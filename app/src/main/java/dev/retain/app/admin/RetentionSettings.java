package dev.retain.app.admin;

import dev.retain.app.admin.internal.SettingStore;
import dev.retain.app.admin.internal.SettingsCatalogue;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.care.CareSettings;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.zone.ZoneThresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings and warning rules in force: what an admin saved, or the built-in defaults until
 * then. Read from the database on every call, so every cycle and page — on every instance — uses
 * the values in force. Edited on the admin pages ({@link SettingsEditor} for the settings).
 */
@Service
public class RetentionSettings {

    public static final String RULES_SAVED = "rules_saved";

    private final JdbcClient jdbc;
    private final SettingStore store;
    private final AuditLog auditLog;

    RetentionSettings(JdbcClient jdbc, SettingStore store, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.store = store;
        this.auditLog = auditLog;
    }

    /** Every setting's value in force, by key, in the settings page's order. */
    public Map<String, String> values() {
        Map<String, String> values = SettingsCatalogue.defaults();
        store.saved().forEach((key, value) -> {
            if (values.containsKey(key)) values.put(key, value); // a key no longer known is ignored
        });
        return values;
    }

    /** The engine's settings in force: thresholds, tiers, horizon, capacities, calls, reject rate. */
    public CycleSettings cycleSettings() {
        Map<String, String> engine = new LinkedHashMap<>();
        store.saved().forEach((key, value) -> {
            if (SettingsCatalogue.engineKey(key)) engine.put(key, value);
        });
        return SettingsLoader.fromValues(engine, "settings in force");
    }

    public ZoneThresholds thresholds() {
        return cycleSettings().zones();
    }

    /** The zone every date and time of the business is in ("today", deadlines, billing months). */
    public ZoneId businessZone() {
        return ZoneId.of(values().get(SettingsCatalogue.BUSINESS_TIME_ZONE));
    }

    /** How many days ahead the 360 view calls a contract end, or a points expiry, "soon". */
    public record Soon(int contractEndingDays, int pointsExpiringDays) {
    }

    public Soon soon() {
        Map<String, String> v = values();
        return new Soon(Integer.parseInt(v.get(SettingsCatalogue.CONTRACT_ENDING_DAYS)), Integer.parseInt(v.get(SettingsCatalogue.POINTS_EXPIRING_DAYS)));
    }

    /** The contact policy's numbers in force (notify module): caps and quiet hours. */
    public ContactRules contactRules() {
        Map<String, String> v = values();
        return new ContactRules(Integer.parseInt(v.get(SettingsCatalogue.WEEKLY_CAP)), Integer.parseInt(v.get(SettingsCatalogue.MONTHLY_CAP)),
                Integer.parseInt(v.get(SettingsCatalogue.QUIET_HOURS_START)), Integer.parseInt(v.get(SettingsCatalogue.QUIET_HOURS_END)));
    }

    /** The manager assessment's weights in force (assessment module), in {@link AssessmentWeights}' order. */
    public AssessmentWeights assessmentWeights() {
        Map<String, String> v = values();
        int[] w = SettingsCatalogue.ASSESSMENT_WEIGHTS.stream().mapToInt(k -> Integer.parseInt(v.get(k))).toArray();
        return new AssessmentWeights(w[0], w[1], w[2], w[3], w[4]);
    }

    /** The care calendar's settings in force (lead days, reminder floor, no-contact days by tier). */
    public CareSettings careSettings() {
        return CareSettings.from(values());
    }

    /** The newest setting changes first, each with its old and new value. */
    public List<SettingChange> settingHistory(int limit) {
        return store.history(limit);
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

    /** A saved version of the rules (the YAML itself is read with {@link #rulesYaml()}). */
    public record RuleSetVersion(long version, String savedBy, Instant savedAt) {
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
                .query((rs, i) -> new RuleSetVersion(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
