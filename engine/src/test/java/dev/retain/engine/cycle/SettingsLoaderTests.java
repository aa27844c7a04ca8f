package dev.retain.engine.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.cycle.SettingProblem.Code;
import dev.retain.engine.fixtures.PlantedChurnProvince;
import dev.retain.engine.fixtures.ProvinceFiles;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every setting has a range, one check refuses nonsense with the key named, and the values reach the cycle. */
class SettingsLoaderTests {

    @TempDir Path tmp;

    @Test
    void everyKeyOfTheDefaultsFileHasARangeAndTheDefaultsAreTheRecordsDefaults() throws IOException {
        Properties file = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream(SettingsLoader.DEFAULTS_RESOURCE)) {
            file.load(in);
        }
        assertThat(CycleSettingKeys.SPECS).extracting(SettingSpec::key).containsExactlyInAnyOrderElementsOf(file.stringPropertyNames());
        for (SettingSpec spec : CycleSettingKeys.SPECS) {
            assertThat(spec.check(file.getProperty(spec.key()))).as(spec.key()).isEmpty();
        }
        assertThat(SettingsLoader.defaults()).isEqualTo(CycleSettings.DEFAULTS);
        assertThat(SettingsLoader.defaultValues()).containsEntry("zone.high-value-bill", "188.00").containsEntry("import.max-reject-rate", "0.01");
    }

    @Test
    void aHighValueThresholdOfABillionIsRefusedWhateverItsSpelling() {
        SettingSpec a = CycleSettingKeys.spec("zone.high-value-bill").orElseThrow();
        assertThat(a.check("1000000000").map(SettingProblem::code)).contains(Code.OUT_OF_RANGE);
        assertThat(a.check("1000000000").orElseThrow().args()).containsExactly("1.00", "10000.00");
        assertThat(a.check("1e9").map(SettingProblem::code)).contains(Code.NOT_A_NUMBER);
        assertThat(a.check("0").map(SettingProblem::code)).contains(Code.OUT_OF_RANGE);
        assertThat(a.check("-5").map(SettingProblem::code)).contains(Code.OUT_OF_RANGE);
        assertThat(a.check("188.123").map(SettingProblem::code)).contains(Code.TOO_MANY_DECIMALS);
        assertThat(a.check(" ").map(SettingProblem::code)).contains(Code.REQUIRED);
        assertThat(a.check("10000")).isEmpty();
        assertThat(a.canonical(" 199.5 ")).isEqualTo("199.50");
    }

    @Test
    void eachKindHasItsOwnCheckAndCanonicalForm() {
        SettingSpec m = CycleSettingKeys.spec("zone.outgoing-mou").orElseThrow();
        assertThat(m.check("1.5").map(SettingProblem::code)).contains(Code.NOT_WHOLE);
        assertThat(m.check("lots").map(SettingProblem::code)).contains(Code.NOT_A_NUMBER);
        assertThat(m.canonical("0300")).isEqualTo("300");

        SettingSpec rate = CycleSettingKeys.spec("import.max-reject-rate").orElseThrow();
        assertThat(rate.check("1").map(SettingProblem::code)).as("1 typed for 1 %").contains(Code.OUT_OF_RANGE);
        assertThat(rate.check("0.00001").map(SettingProblem::code)).contains(Code.TOO_MANY_DECIMALS);
        assertThat(rate.canonical("0.050")).isEqualTo("0.05");
        assertThat(rate.canonical("0")).isEqualTo("0");

        SettingSpec brands = CycleSettingKeys.spec("tier.gold.brands").orElseThrow();
        assertThat(brands.check("").map(SettingProblem::code)).contains(Code.NO_BRAND);
        assertThat(brands.check("gotone,iphone").map(SettingProblem::code)).contains(Code.UNKNOWN_BRAND);
        assertThat(brands.canonical("easyown, GoTone")).isEqualTo("gotone,easyown");

        SettingSpec zone = SettingSpec.timeZone("business.time-zone");
        assertThat(zone.check("Asia/Shanghai")).isEmpty();
        assertThat(zone.check("UTC")).isEmpty();
        assertThat(zone.check("+08:00").map(SettingProblem::code)).contains(Code.UNKNOWN_TIME_ZONE);
        assertThat(zone.check("Mars/Olympus").map(SettingProblem::code)).contains(Code.UNKNOWN_TIME_ZONE);
    }

    @Test
    void aMoveOfMoreThanHalfTheOldValueIsABigMove() {
        SettingSpec a = CycleSettingKeys.spec("zone.high-value-bill").orElseThrow();
        assertThat(a.movesByMoreThanHalf("188.00", "282.00")).isFalse();   // +50 %: exactly half
        assertThat(a.movesByMoreThanHalf("188.00", "282.01")).isTrue();
        assertThat(a.movesByMoreThanHalf("188.00", "94.00")).isFalse();
        assertThat(a.movesByMoreThanHalf("188.00", "93.99")).isTrue();
        SettingSpec tenure = CycleSettingKeys.spec("tier.silver.min-tenure-months").orElseThrow();
        assertThat(tenure.movesByMoreThanHalf("0", "1")).isTrue();
        assertThat(tenure.movesByMoreThanHalf("0", "0")).isFalse();
        assertThat(CycleSettingKeys.spec("tier.silver.brands").orElseThrow().movesByMoreThanHalf("gotone", "mzone")).isFalse();
    }

    @Test
    void aSettingsFileIsCheckedAgainstTheRangesWithTheKeyNamed() {
        Path huge = ProvinceFiles.writeText(tmp.resolve("huge.properties"), "zone.high-value-bill=1000000000\n");
        assertThatThrownBy(() -> SettingsLoader.load(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zone.high-value-bill").hasMessageContaining("between 1.00 and 10000.00");
        Path percent = ProvinceFiles.writeText(tmp.resolve("percent.properties"), "import.max-reject-rate=1\n");
        assertThatThrownBy(() -> SettingsLoader.load(percent)).hasMessageContaining("import.max-reject-rate");
        Path typo = ProvinceFiles.writeText(tmp.resolve("typo.properties"), "tier.gold.min-tenure=3\n");
        assertThatThrownBy(() -> SettingsLoader.load(typo)).hasMessageContaining("unknown setting 'tier.gold.min-tenure'");
    }

    @Test
    void valuesOverTheDefaultsBecomeTheCyclesSettings() {
        CycleSettings s = SettingsLoader.fromValues(Map.of("tier.gold.brands", "gotone", "tier.gold.min-mean-bill", "450",
                "assignment.phone-manager-capacity", "7000", "churn.calls-per-phone-manager", "250", "task.horizon-months", "3"), "test");
        assertThat(s.tiers().rules().get(1).tier()).isEqualTo(Tier.GOLD);
        assertThat(s.tiers().rules().get(1).brands()).isEqualTo(Set.of(Brand.GOTONE));
        assertThat(s.tiers().rules().get(1).minMeanBillFen()).isEqualTo(45_000);
        assertThat(s.phoneManagerCapacity()).isEqualTo(7000);
        assertThat(s.callsPerPhoneManager()).isEqualTo(250);
        assertThat(s.horizonMonths()).isEqualTo(3);
        assertThat(s.customerManagerCapacity()).isEqualTo(500);
    }

    @Test
    void theCallsAPhoneManagerMakesSetHowManyCustomersTheCycleExplains() throws IOException {
        Path in = PlantedChurnProvince.files().writeTo(tmp.resolve("in"));
        Path trained = tmp.resolve("trained");
        new CycleRunner(CycleSettings.DEFAULTS, new RuleSetLoader().loadDefaults(), Progress.NONE).run(PlantedChurnProvince.LAST, in, trained, null);
        ChurnModelSource saved = new ChurnModelSource.Saved(trained.resolve(CycleRunner.CHURN_MODEL_DIR));
        long phoneManagers = activePhoneManagers(in);
        assertThat(phoneManagers).isPositive();
        for (int calls : new int[] {1, 2}) {
            CycleSettings s = SettingsLoader.fromValues(Map.of("churn.calls-per-phone-manager", String.valueOf(calls)), "test");
            CycleReport r = new CycleRunner(s, new RuleSetLoader().loadDefaults(), Progress.NONE).withChurnModel(saved)
                    .run(PlantedChurnProvince.LAST, in, tmp.resolve("out" + calls), null);
            @SuppressWarnings("unchecked")
            Map<String, Object> churn = (Map<String, Object>) r.summary().content().get("churn_model");
            assertThat(((Number) churn.get("explain_limit")).longValue()).isEqualTo(Math.max(1, calls * phoneManagers));
        }
    }

    private static long activePhoneManagers(Path in) throws IOException {
        return Files.readAllLines(in.resolve("managers.csv")).stream().skip(1)
                .filter(l -> l.contains(",phone_manager,") && l.endsWith(",true")).count();
    }
}
