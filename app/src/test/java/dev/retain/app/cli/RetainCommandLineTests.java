package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: generate, validate, cycle, and the errors of each. */
class RetainCommandLineTests {

    @TempDir
    static Path work;
    static Path province;

    @BeforeAll
    static void generateASmallProvince() {
        province = work.resolve("province");
        Result r = run("generate", "--subscribers", "3000", "--months", "13", "--seed", "11", "--out", province.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("generated 3,000 subscribers");
    }

    @Test
    void cycleWritesTheFourOutputsAndASummaryLine() throws Exception {
        Path out = work.resolve("cycle-out");
        Result r = run("cycle", "--month", "2026-10", "--in", province.toString(), "--out", out.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).containsPattern("cycle 2026-10: 3,000 subscribers in [0-9.]+ s \\([0-9,]+ subscribers/s\\)");
        for (String f : List.of("segments.csv", "tasks.csv", "assignments.csv", "summary.json")) {
            assertThat(out.resolve(f)).exists();
        }
        assertThat(Files.readAllLines(out.resolve("segments.csv"))).hasSize(3001);
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"migration\"", "\"managers_short\"");
        // 13 months of history: the cycle trains the churn model and says how it did
        assertThat(r.out).containsPattern("churn model \\(trained\\): AUC 0\\.[0-9]+.*; [0-9,]+ scored, [0-9,]+ tasks explained");
        assertThat(out.resolve("churn-model").resolve("model.json")).exists();
    }

    @Test
    void aReRunOfTheSameMonthGivesIdenticalFiles() throws Exception {
        Path a = work.resolve("rerun-a");
        Path b = work.resolve("rerun-b");
        assertThat(run("cycle", "--month", "2026-09", "--in", province.toString(), "--out", a.toString()).code).isZero();
        assertThat(run("cycle", "--month", "2026-09", "--in", province.toString(), "--out", b.toString()).code).isZero();
        for (String f : List.of("segments.csv", "tasks.csv", "assignments.csv")) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
        }
    }

    @Test
    void validateReportsEveryFileAndPassesOnAGoodProvince() {
        Result r = run("validate", "--in", province.toString(), "--out", work.resolve("validate").toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("subscribers.csv", "usage_monthly.csv", "call_peers.csv", "complaints.csv", "0 rejected");
    }

    @Test
    void aMissingFolderIsABadInputError() {
        Result r = run("cycle", "--month", "2026-10", "--in", work.resolve("nowhere").toString(), "--out", work.resolve("x").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("input folder not found");
    }

    @Test
    void aMonthWithoutUsageIsRefusedWithTheReason() {
        Result r = run("cycle", "--month", "2030-01", "--in", province.toString(), "--out", work.resolve("y").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("no rows for 2030-01");
        assertThat(work.resolve("y").resolve("segments.csv")).doesNotExist();
    }

    @Test
    void wrongUsageExplainsItself() {
        Result unknown = run("cycle", "--month", "2026-10", "--bogus", "1");
        assertThat(unknown.code).isEqualTo(64);
        assertThat(unknown.err).contains("unknown option --bogus", "usage: retain");
        Result badMonth = run("cycle", "--month", "October", "--in", "a", "--out", "b");
        assertThat(badMonth.code).isEqualTo(64);
        assertThat(badMonth.err).contains("--month must be a month YYYY-MM");
        assertThat(run("frobnicate").err).contains("unknown command 'frobnicate'");
    }

    @Test
    void aBrokenRulesFileNamesTheRule() throws Exception {
        Path rules = work.resolve("rules.yaml");
        Files.writeString(rules, """
                playbooks:
                  p: {due_days: 3, actions: [call]}
                rules:
                  - id: typo_rule
                    when: bil > 100.0
                    kind: retention
                    priority: 50
                    playbook: p
                """);
        Result r = run("cycle", "--month", "2026-10", "--in", province.toString(), "--out", work.resolve("z").toString(), "--rules", rules.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("rule 'typo_rule'", "bil");
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RetainCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
