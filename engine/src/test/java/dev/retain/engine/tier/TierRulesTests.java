package dev.retain.engine.tier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC R2.1: a tier computed from bill, tenure and brand when the export leaves it empty. */
class TierRulesTests {

    private final TierRules defaults = SettingsLoader.defaults().tiers();

    @Test
    void theSettingsFileHoldsTheBuiltInDefaults() {
        assertThat(defaults).isEqualTo(TierRules.DEFAULTS);
    }

    @Test
    void highestCardFirstWithInclusiveThresholds() {
        assertThat(defaults.tierFor(100_000, 36, Brand.GOTONE)).isEqualTo(Tier.DIAMOND);
        assertThat(defaults.tierFor(99_999, 36, Brand.GOTONE)).isEqualTo(Tier.GOLD);
        assertThat(defaults.tierFor(100_000, 35, Brand.GOTONE)).as("diamond bill, gold tenure").isEqualTo(Tier.GOLD);
        assertThat(defaults.tierFor(50_000, 24, Brand.MZONE)).isEqualTo(Tier.GOLD);
        assertThat(defaults.tierFor(50_000, 23, Brand.MZONE)).isEqualTo(Tier.SILVER);
        assertThat(defaults.tierFor(18_800, 12, Brand.EASYOWN)).isEqualTo(Tier.SILVER);
        assertThat(defaults.tierFor(18_799, 120, Brand.EASYOWN)).isEqualTo(Tier.NONE);
        assertThat(defaults.tierFor(900_000, 11, Brand.GOTONE)).as("too new for any card").isEqualTo(Tier.NONE);
    }

    @Test
    void aCardCanBeLimitedToSomeBrands() {
        TierRules gotoneOnlyDiamond = new TierRules(List.of(
                new TierRule(Tier.DIAMOND, 100_000, 36, EnumSet.of(Brand.GOTONE)),
                new TierRule(Tier.GOLD, 50_000, 24, EnumSet.allOf(Brand.class))));
        assertThat(gotoneOnlyDiamond.tierFor(200_000, 60, Brand.GOTONE)).isEqualTo(Tier.DIAMOND);
        assertThat(gotoneOnlyDiamond.tierFor(200_000, 60, Brand.MZONE)).isEqualTo(Tier.GOLD);
        assertThat(gotoneOnlyDiamond.tierFor(10_000, 60, Brand.MZONE)).isEqualTo(Tier.NONE);
    }
}
