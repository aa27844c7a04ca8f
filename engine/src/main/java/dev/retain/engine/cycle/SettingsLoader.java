package dev.retain.engine.cycle;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Money;
import dev.retain.engine.value.Tier;
import dev.retain.engine.tier.TierRule;
import dev.retain.engine.tier.TierRules;
import dev.retain.engine.zone.ZoneThresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads cycle settings from a properties file over the built-in defaults
 * ({@code retain-defaults.properties}). An unknown key or a bad value fails with the key named,
 * so a typo never silently leaves a default in force.
 */
public final class SettingsLoader {

    public static final String DEFAULTS_RESOURCE = "/retain-defaults.properties";

    private SettingsLoader() {
    }

    public static CycleSettings defaults() {
        return load(null);
    }

    public static CycleSettings load(Path overrides) {
        Properties p = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in settings", e);
        }
        Set<String> known = new TreeSet<>(p.stringPropertyNames());
        if (overrides != null) {
            Properties user = new Properties();
            try (Reader in = Files.newBufferedReader(overrides, StandardCharsets.UTF_8)) {
                user.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException(overrides + ": cannot read settings: " + e.getMessage());
            }
            for (String key : user.stringPropertyNames()) {
                if (!known.contains(key)) throw new IllegalArgumentException(overrides + ": unknown setting '" + key + "' (known: " + String.join(", ", known) + ")");
                p.setProperty(key, user.getProperty(key).trim());
            }
        }
        String source = overrides == null ? "built-in settings" : overrides.toString();
        ZoneThresholds zones = new ZoneThresholds(money(p, "zone.high-value-bill", source), whole(p, "zone.outgoing-mou", source),
                money(p, "zone.min-commit", source));
        List<TierRule> tiers = new ArrayList<>();
        for (Tier tier : List.of(Tier.DIAMOND, Tier.GOLD, Tier.SILVER)) {
            String prefix = "tier." + tier.code() + ".";
            tiers.add(new TierRule(tier, money(p, prefix + "min-mean-bill", source), (int) whole(p, prefix + "min-tenure-months", source),
                    brands(p, prefix + "brands", source)));
        }
        double maxRejectRate = decimal(p, "import.max-reject-rate", source);
        if (maxRejectRate > 1) throw new IllegalArgumentException(source + ": import.max-reject-rate must be between 0 and 1");
        return new CycleSettings(zones, new TierRules(tiers), (int) whole(p, "task.horizon-months", source),
                (int) positive(p, "assignment.customer-manager-capacity", source), (int) positive(p, "assignment.phone-manager-capacity", source),
                maxRejectRate);
    }

    private static long money(Properties p, String key, String source) {
        try {
            return Money.parseFen(p.getProperty(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + key + ": " + e.getMessage());
        }
    }

    private static long whole(Properties p, String key, String source) {
        try {
            long v = Long.parseLong(p.getProperty(key));
            if (v < 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": " + key + ": not a whole number ≥ 0: '" + p.getProperty(key) + "'");
        }
    }

    private static long positive(Properties p, String key, String source) {
        long v = whole(p, key, source);
        if (v == 0) throw new IllegalArgumentException(source + ": " + key + ": must be greater than 0");
        return v;
    }

    private static double decimal(Properties p, String key, String source) {
        try {
            double v = Double.parseDouble(p.getProperty(key));
            if (!(v >= 0)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": " + key + ": not a number ≥ 0: '" + p.getProperty(key) + "'");
        }
    }

    private static Set<Brand> brands(Properties p, String key, String source) {
        Set<Brand> brands = EnumSet.noneOf(Brand.class);
        for (String code : p.getProperty(key).split(",")) {
            try {
                brands.add(Brand.parse(code));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + key + ": " + e.getMessage());
            }
        }
        return brands;
    }
}
