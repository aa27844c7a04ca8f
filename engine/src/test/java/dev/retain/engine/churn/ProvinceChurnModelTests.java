package dev.retain.engine.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.fixtures.PlantedChurnProvince;
import dev.retain.engine.ml.BoostSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The province model on {@link PlantedChurnProvince}: the story is found, explained, saved and loaded. */
class ProvinceChurnModelTests {

    private static final YearMonth FIRST = PlantedChurnProvince.FIRST;
    private static final YearMonth OCT = PlantedChurnProvince.LAST;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T08:00:00Z"), ZoneOffset.UTC);
    private static final ChurnModelSettings SETTINGS = new ChurnModelSettings(2, 6, 400_000,
            new BoostSettings(300, 20, 0.1, 3, 1.0, 1.0, 1.0, 1.0, 1, 7L));

    @TempDir Path tmp;

    @Test
    void theModelFindsThePlantedStoryAndSaysWhy() {
        ChurnHistory history = ChurnHistoryFixture.load(PlantedChurnProvince.files(), tmp, FIRST, OCT);
        ProvinceChurnModel model = ProvinceChurnModel.train(history, OCT, SETTINGS, 50, CLOCK);

        assertThat(model.version().metrics().auc()).isGreaterThan(0.9);
        assertThat(model.version().trainingWindow()).isEqualTo("2026-03..2026-06");
        assertThat(model.version().validation()).contains("measured on 2026-08");
        assertThat(model.version().createdAt()).isEqualTo("2026-11-05T08:00:00Z");
        assertThat(model.version().baselineMetrics()).isNotNull();

        ProvinceChurnModel.Scored scored = model.score(history, OCT, i -> history.eligible(i, OCT));
        int dropped = ChurnHistoryFixture.index(history, "13800000020"); // s = 20: drop in 2026-10, not yet suspended
        int steady = ChurnHistoryFixture.index(history, "13800000021");
        assertThat(scored.score()[dropped]).isGreaterThan(scored.score()[steady]);

        model.explain(history, OCT, scored, i -> i == dropped);
        assertThat(ProvinceChurnModel.reasonCodes(scored, dropped)).startsWith("mou_");
        assertThat(scored.reason(steady, 0)).isEqualTo(-1); // not asked about: no reasons
    }

    @Test
    void aSavedModelScoresExactlyAsTheTrainedOne() {
        ChurnHistory history = ChurnHistoryFixture.load(PlantedChurnProvince.files(), tmp, FIRST, OCT);
        ProvinceChurnModel model = ProvinceChurnModel.train(history, OCT, SETTINGS, 50, CLOCK);
        model.save(tmp.resolve("model"));
        ProvinceChurnModel loaded = ProvinceChurnModel.load(tmp.resolve("model"), 2);

        float[] before = model.score(history, OCT, i -> true).score();
        float[] after = loaded.score(history, OCT, i -> true).score();
        assertThat(after).containsExactly(before);
        assertThat(loaded.version().trainingWindow()).isEqualTo(model.version().trainingWindow());
        assertThatThrownBy(() -> ProvinceChurnModel.load(tmp.resolve("model"), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trained for a 2-month horizon, the cycle's is 3");
    }

    @Test
    void tooShortAHistoryIsNamed() {
        ChurnHistory history = ChurnHistoryFixture.load(PlantedChurnProvince.files(), tmp, OCT.minusMonths(3), OCT);
        assertThatThrownBy(() -> ProvinceChurnModel.train(history, OCT, SETTINGS, 50, CLOCK))
                .isInstanceOf(ShortHistoryException.class).hasMessageContaining("needs");
    }

    @Test
    void reasonsReadInBothLanguages() {
        assertThat(ReasonPhrases.phrase("mou_ratio_1m_3m", 0.12f, Locale.SIMPLIFIED_CHINESE)).isEqualTo("本月主叫分钟为前3个月均值的 12%");
        assertThat(ReasonPhrases.phrase("mou_ratio_1m_3m", 0.12f, Locale.ENGLISH)).isEqualTo("Outgoing minutes this month is 12% of the 3 months before");
        assertThat(ReasonPhrases.phrase("months_to_contract_end", 1f, Locale.ENGLISH)).isEqualTo("contract ends in 1 months");
        assertThat(ReasonPhrases.phrase("state_now", 1f, Locale.SIMPLIFIED_CHINESE)).isEqualTo("当前账户状态（停机）");
        assertThat(ReasonPhrases.phrase("bill_change_1m", -110f, Locale.SIMPLIFIED_CHINESE)).isEqualTo("话费较上月变化 -110元");
        for (String feature : ChurnFeatures.names()) {
            assertThat(ReasonPhrases.phrase(feature, 1f, Locale.ENGLISH)).isNotEqualTo(feature);
            assertThat(ReasonPhrases.phrase(feature, 1f, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(feature);
        }
    }
}
