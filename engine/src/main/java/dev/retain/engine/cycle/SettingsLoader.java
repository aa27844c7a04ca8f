package dev.retain.engine.cycle;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Money;
import dev.retain.engine.value.Tier;
import dev.retain.engine.tier.TierRule;
import dev.retain.engine.tier.TierRules;
import dev.retain.engine.zone.ZoneThresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads cycle settings from a properties file, or from the values the app keeps, over the
 * built-in defaults ({@code retain-defaults.properties}). An unknown key or a value outside its
 * range ({@link CycleSettingKeys}) fails with the key named, so a typo never silently leaves a
 * default in force nor puts a nonsense value in force.
 */
public final class SettingsLoader {

    public static final String DEFAULTS_RESOURCE = "/retain-defaults.properties";

    private static final Map<String, String> DEFAULT_VALUES = readDefaults();

    private SettingsLoader() {
    }

    public static CycleSettings defaults() {
        return fromValues(Map.of(), "built-in settings");
    }

    /** The built-in value of every key, in the order of {@link CycleSettingKeys#SPECS}. */
    public static Map<String, String> defaultValues() {
        return DEFAULT_VALUES;
    }

    /** The defaults with the file's values over them; {@code null} = the defaults alone. */
    public static CycleSettings load(Path overrides) {
        if (overrides == null) return defaults();
        Properties user = new Properties();
        try (Reader in = Files.newBufferedReader(overrides, StandardCharsets.UTF_8)) {
            user.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(overrides + ": cannot read settings: " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : new TreeSet<>(user.stringPropertyNames())) values.put(key, user.getProperty(key));
        return fromValues(values, overrides.toString());
    }

    /**
     * The defaults with {@code overrides} over them, each checked against its range;
     * {@code source} names where they came from in an error.
     */
    public static CycleSettings fromValues(Map<String, String> overrides, String source) {
        Map<String, String> p = new LinkedHashMap<>(DEFAULT_VALUES);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            SettingSpec spec = CycleSettingKeys.spec(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    source + ": unknown setting '" + e.getKey() + "' (known: " + String.join(", ", new TreeSet<>(DEFAULT_VALUES.keySet())) + ")"));
            spec.check(e.getValue()).ifPresent(problem -> {
                throw new IllegalArgumentException(source + ": " + e.getKey() + ": " + problem.describe() + ", not '" + e.getValue().trim() + "'");
            });
            p.put(e.getKey(), spec.canonical(e.getValue()));
        }
        ZoneThresholds zones = new ZoneThresholds(Money.parseFen(p.get(CycleSettingKeys.HIGH_VALUE_BILL)),
                Long.parseLong(p.get(CycleSettingKeys.OUTGOING_MOU)), Money.parseFen(p.get(CycleSettingKeys.MIN_COMMIT)));
        List<TierRule> tiers = new ArrayList<>();
        for (Tier tier : List.of(Tier.DIAMOND, Tier.GOLD, Tier.SILVER)) {
            tiers.add(new TierRule(tier, Money.parseFen(p.get(CycleSettingKeys.tierMinMeanBill(tier.code()))),
                    Integer.parseInt(p.get(CycleSettingKeys.tierMinTenureMonths(tier.code()))), brands(p.get(CycleSettingKeys.tierBrands(tier.code())))));
        }
        return new CycleSettings(zones, new TierRules(tiers), Integer.parseInt(p.get(CycleSettingKeys.HORIZON_MONTHS)),
                Integer.parseInt(p.get(CycleSettingKeys.CUSTOMER_MANAGER_CAPACITY)), Integer.parseInt(p.get(CycleSettingKeys.PHONE_MANAGER_CAPACITY)),
                Integer.parseInt(p.get(CycleSettingKeys.CALLS_PER_PHONE_MANAGER)), Double.parseDouble(p.get(CycleSettingKeys.MAX_REJECT_RATE)),
                Double.parseDouble(p.get(CycleSettingKeys.VALUE_MARGIN)), Double.parseDouble(p.get(CycleSettingKeys.VALUE_DISCOUNT_RATE)),
                Integer.parseInt(p.get(CycleSettingKeys.VALUE_HORIZON_MONTHS)));
    }

    private static Set<Brand> brands(String codes) {
        Set<Brand> brands = EnumSet.noneOf(Brand.class);
        for (String code : codes.split(",")) brands.add(Brand.parse(code));
        return brands;
    }

    /** The built-in file must hold exactly the known keys, each valid: checked once, when the class loads. */
    private static Map<String, String> readDefaults() {
        Properties p = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in settings", e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingSpec spec : CycleSettingKeys.SPECS) {
            String value = p.getProperty(spec.key());
            if (value == null || spec.check(value).isPresent()) throw new IllegalStateException(DEFAULTS_RESOURCE + ": bad or missing " + spec.key());
            values.put(spec.key(), spec.canonical(value));
        }
        if (!values.keySet().equals(p.stringPropertyNames())) throw new IllegalStateException(DEFAULTS_RESOURCE + ": keys without a range");
        return java.util.Collections.unmodifiableMap(values);
    }
}
