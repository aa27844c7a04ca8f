package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.cli.RetainCommandLineTests.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `retain cycle` trains the churn model once a month (issue 17): the first run of a month trains it into
 * OUT/churn-model, a re-run of the month scores with it, a damaged model is trained again, --retrain trains again,
 * and the next month trains anew.
 */
class CycleModelScheduleTests {

    @TempDir
    Path work;

    @Test
    void theModelIsTrainedOnceForAMonthAndReusedByItsReRuns() throws Exception {
        Path province = work.resolve("province");
        Result g = RetainCommandLineTests.run("generate", "--subscribers", "3000", "--months", "13", "--seed", "11", "--out", province.toString());
        assertThat(g.code()).as(g.err()).isZero();
        Path out = work.resolve("out");

        Result first = cycle("2026-10", province, out);
        assertThat(first.out()).contains("churn model (trained)").doesNotContain("reusing");
        String trained = Files.readString(out.resolve("churn-model/model.json"));

        Result again = cycle("2026-10", province, out);
        assertThat(again.out()).contains("reusing the churn model trained for 2026-10").contains("churn model (saved)");
        assertThat(Files.readString(out.resolve("churn-model/model.json"))).as("the saved model is left as it was").isEqualTo(trained);

        Files.writeString(out.resolve("churn-model/xgboost.json"), "{ damaged");
        Result repaired = cycle("2026-10", province, out);
        assertThat(repaired.out()).as("a model that no longer loads is trained again").contains("churn model (trained)").doesNotContain("reusing");

        Result retrained = cycle("2026-10", province, out, "--retrain");
        assertThat(retrained.out()).contains("churn model (trained)").doesNotContain("reusing");

        Result nextMonth = cycle("2026-09", province, out);
        assertThat(nextMonth.out()).as("another month trains its own").contains("churn model (trained)");

        Result both = cycle("2026-10", province, out, "--retrain", "--no-model");
        assertThat(both.code()).isNotZero();
        assertThat(both.err()).contains("exclude each other");
    }

    private static Result cycle(String month, Path in, Path out, String... more) {
        String[] args = new String[7 + more.length];
        String[] base = {"cycle", "--month", month, "--in", in.toString(), "--out", out.toString()};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        Result r = RetainCommandLineTests.run(args);
        if (more.length == 0 || !more[more.length - 1].equals("--no-model")) assertThat(r.code()).as(r.err()).isZero();
        return r;
    }
}
