package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTests {

    private static final List<String> FILES = List.of(ProvinceGenerator.SUBSCRIBERS, ProvinceGenerator.USAGE,
            ProvinceGenerator.CALL_PEERS, ProvinceGenerator.PLANS, ProvinceGenerator.MANAGERS,
            ProvinceGenerator.GROUPS, ProvinceGenerator.COMPLAINTS);

    @TempDir
    Path tmp;

    @Test
    void theSameSpecGivesTheSameBytes() throws IOException {
        ProvinceSpec spec = new ProvinceSpec(2_000, 13, YearMonth.of(2026, 10), 7);
        GenerationSummary first = new ProvinceGenerator(spec).generate(tmp.resolve("a"), n -> { });
        GenerationSummary second = new ProvinceGenerator(spec).generate(tmp.resolve("b"), n -> { });

        assertThat(second).isEqualTo(first);
        for (String file : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesAnotherProvince() throws IOException {
        new ProvinceGenerator(new ProvinceSpec(2_000, 13, YearMonth.of(2026, 10), 7)).generate(tmp.resolve("a"), n -> { });
        new ProvinceGenerator(new ProvinceSpec(2_000, 13, YearMonth.of(2026, 10), 8)).generate(tmp.resolve("b"), n -> { });

        for (String file : List.of(ProvinceGenerator.SUBSCRIBERS, ProvinceGenerator.USAGE,
                ProvinceGenerator.CALL_PEERS, ProvinceGenerator.MANAGERS, ProvinceGenerator.GROUPS)) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file))).as(file)
                    .isNotEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
    }

    @Test
    void aSubscribersHistoryDoesNotDependOnHowManyOthersThereAre() throws IOException {
        // Each subscriber has its own random stream, so a larger province extends a smaller one.
        ProvinceSpec small = new ProvinceSpec(300, 6, YearMonth.of(2026, 10), 99);
        ProvinceSpec large = new ProvinceSpec(600, 6, YearMonth.of(2026, 10), 99);
        new ProvinceGenerator(small).generate(tmp.resolve("small"), n -> { });
        new ProvinceGenerator(large).generate(tmp.resolve("large"), n -> { });

        List<String> smallUsage = Files.readAllLines(tmp.resolve("small").resolve(ProvinceGenerator.USAGE));
        List<String> largeUsage = Files.readAllLines(tmp.resolve("large").resolve(ProvinceGenerator.USAGE));
        assertThat(largeUsage.subList(0, smallUsage.size())).isEqualTo(smallUsage);
    }

    @Test
    void reportsProgressEveryTenThousandAndAtTheEnd() throws IOException {
        List<Long> progress = new ArrayList<>();
        GenerationSummary summary = new ProvinceGenerator(new ProvinceSpec(25_000, 1, YearMonth.of(2026, 10), 3))
                .generate(tmp, progress::add);

        assertThat(progress).containsExactly(10_000L, 20_000L, 25_000L);
        assertThat(summary.subscribers()).isEqualTo(25_000);
        assertThat(summary.firstMonth()).isEqualTo(YearMonth.of(2026, 10));
    }
}
