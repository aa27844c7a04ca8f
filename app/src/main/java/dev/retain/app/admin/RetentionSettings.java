package dev.retain.app.admin;

import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.zone.ZoneThresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The zone thresholds and warning rules in force: the newest saved version, or the engine's
 * defaults until an admin saves one. Read by the cycle; edited on the admin pages.
 */
@Service
public class RetentionSettings {

    private final JdbcClient jdbc;

    RetentionSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        CycleSettings d = CycleSettings.DEFAULTS;
        return new CycleSettings(thresholds(), d.tiers(), d.horizonMonths(), d.customerManagerCapacity(),
                d.phoneManagerCapacity(), d.maxRejectRate());
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
}
