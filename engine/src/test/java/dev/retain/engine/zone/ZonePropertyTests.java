package dev.retain.engine.zone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.cycle.CycleRunner;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.fixtures.Gen;
import dev.retain.engine.fixtures.ProvinceFiles;
import dev.retain.engine.fixtures.RandomCases;
import dev.retain.engine.fixtures.Table;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Zone;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.task.TaskPlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Properties of SPEC R2.2 over generated months, checked against the spec's conditions
 * written out independently here, and determinism of the whole cycle. Each property runs over
 * seeded random cases ({@link RandomCases}: a failure prints the seed and case to replay).
 */
class ZonePropertyTests {

    private static final ZoneThresholds T = ZoneThresholds.DEFAULTS;
    private static final ZoneClassifier CLASSIFIER = new ZoneClassifier(T);
    private static final RuleSet RULES = new RuleSetLoader().loadDefaults();

    // ---------------------------------------------------------------- the spec, clause by clause

    /** The spec's clauses in its order; index = the rule it should produce. */
    private static List<ZoneRule> specMatches(MonthFacts m1, MonthFacts m2, long commit, ZoneThresholds t) {
        List<ZoneRule> matching = new ArrayList<>();
        boolean left = m1 == null || m1.state() == AccountState.CANCELLED;
        if (left) matching.add(ZoneRule.NONE_LEFT);
        if (!left && (m1.state() == AccountState.SUSPENDED || m1.state() == AccountState.PRECANCEL)) matching.add(ZoneRule.WHITE_STATE);
        boolean m2High = m2 != null && m2.billFen() >= t.highValueBillFen() && m2.mouOut() > t.outgoingMinutes();
        if (!left && m2High && m1.billFen() < t.highValueBillFen()) matching.add(ZoneRule.YELLOW_BILL_DROP);
        if (!left && m2High && m1.billFen() >= t.highValueBillFen() && m1.mouOut() < t.outgoingMinutes()) matching.add(ZoneRule.RED_MOU_DROP);
        boolean m1High = !left && m1.billFen() >= t.highValueBillFen() && m1.mouOut() > t.outgoingMinutes();
        if (m1High && commit >= t.minCommitFen()) matching.add(ZoneRule.BLUE_COMMIT);
        if (m1High && commit < t.minCommitFen()) matching.add(ZoneRule.GREEN_NO_COMMIT);
        matching.add(ZoneRule.NONE_BELOW); // "otherwise"
        return matching;
    }

    private static final int CASES = 1_000;

    @Test
    void theRecordedRuleIsTheFirstSpecClauseThatHolds() {
        RandomCases.check(CASES, TWO_MONTHS, c -> {
            ZoneRule rule = CLASSIFIER.classify(c.m1(), c.m2(), c.commit());
            List<ZoneRule> matching = specMatches(c.m1(), c.m2(), c.commit(), T);
            assertThat(rule).isEqualTo(matching.get(0));
            assertThat(rule.zone()).isEqualTo(matching.get(0).zone());
        });
    }

    @Test
    void noM1RowAlwaysMeansLeft() {
        RandomCases.check(CASES, TWO_MONTHS, c -> {
            ZoneRule rule = CLASSIFIER.classify(null, c.m2(), c.commit());
            assertThat(rule).isEqualTo(ZoneRule.NONE_LEFT);
            assertThat(rule.zone()).isEqualTo(Zone.NONE);
        });
    }

    record CustomCase(Months months, long a, int m, long c) {
    }

    @Test
    void customThresholdsFollowTheSameClauses() {
        Gen<CustomCase> cases = r -> new CustomCase(TWO_MONTHS.next(r), Gen.longs(1, 100_000).next(r), Gen.ints(0, 900).next(r),
                Gen.longs(0, 50_000).next(r));
        RandomCases.check(CASES, cases, k -> {
            ZoneThresholds t = new ZoneThresholds(k.a(), k.m(), k.c());
            Months c = k.months();
            assertThat(new ZoneClassifier(t).classify(c.m1(), c.m2(), c.commit())).isEqualTo(specMatches(c.m1(), c.m2(), c.commit(), t).get(0));
        });
    }

    // ---------------------------------------------------------------- determinism

    @Test
    void theClassifierIsDeterministicAndBothFormsAgree() {
        RandomCases.check(CASES, TWO_MONTHS, c -> {
            MonthFacts m1 = c.m1();
            MonthFacts m2 = c.m2();
            ZoneRule first = CLASSIFIER.classify(m1, m2, c.commit());
            ZoneRule again = new ZoneClassifier(new ZoneThresholds(T.highValueBillFen(), T.outgoingMinutes(), T.minCommitFen()))
                    .classify(m1, m2, c.commit());
            ZoneRule flat = CLASSIFIER.classify(true, m1.state(), m1.billFen(), m1.mouOut(), m2 != null,
                    m2 == null ? 0 : m2.billFen(), m2 == null ? 0 : m2.mouOut(), c.commit());
            assertThat(again).isEqualTo(first);
            assertThat(flat).isEqualTo(first);
        });
    }

    // ---------------------------------------------------------------- monotonicity

    record Raised(Months months, long more) {
    }

    private static Gen<Raised> raised(Gen<Months> months, long most) {
        return r -> new Raised(months.next(r), Gen.longs(1, most).next(r));
    }

    private static void assertStillBlueOrGreen(ZoneRule before, ZoneRule after) {
        if (before == ZoneRule.BLUE_COMMIT || before == ZoneRule.GREEN_NO_COMMIT) assertThat(after).isEqualTo(before);
    }

    @Test
    void raisingTheM1BillNeverMovesBlueOrGreenOut() {
        RandomCases.check(CASES, raised(TWO_MONTHS, 1_000_000), k -> {
            Months c = k.months();
            ZoneRule before = CLASSIFIER.classify(c.m1(), c.m2(), c.commit());
            ZoneRule after = CLASSIFIER.classify(new MonthFacts(c.m1().billFen() + k.more(), c.m1().mouOut(), c.m1().state()), c.m2(), c.commit());
            assertStillBlueOrGreen(before, after);
        });
    }

    @Test
    void raisingTheM2BillNeverMovesBlueOrGreenOut() {
        RandomCases.check(CASES, raised(BOTH_MONTHS, 1_000_000), k -> {
            Months c = k.months();
            ZoneRule before = CLASSIFIER.classify(c.m1(), c.m2(), c.commit());
            ZoneRule after = CLASSIFIER.classify(c.m1(), new MonthFacts(c.m2().billFen() + k.more(), c.m2().mouOut(), c.m2().state()), c.commit());
            assertStillBlueOrGreen(before, after);
        });
    }

    @Test
    void raisingTheM1MinutesNeverMovesBlueOrGreenOut() {
        RandomCases.check(CASES, raised(TWO_MONTHS, 10_000), k -> {
            Months c = k.months();
            ZoneRule before = CLASSIFIER.classify(c.m1(), c.m2(), c.commit());
            ZoneRule after = CLASSIFIER.classify(new MonthFacts(c.m1().billFen(), c.m1().mouOut() + k.more(), c.m1().state()), c.m2(), c.commit());
            assertStillBlueOrGreen(before, after);
        });
    }

    record TwoCommits(Months months, long otherCommit) {
    }

    @Test
    void theMinCommitOnlyChoosesBetweenBlueAndGreen() {
        RandomCases.check(CASES, r -> new TwoCommits(TWO_MONTHS.next(r), COMMIT.next(r)), k -> {
            Months c = k.months();
            long c1 = c.commit();
            long c2 = k.otherCommit();
            ZoneRule a = CLASSIFIER.classify(c.m1(), c.m2(), c1);
            ZoneRule b = CLASSIFIER.classify(c.m1(), c.m2(), c2);
            Set<ZoneRule> blueGreen = Set.of(ZoneRule.BLUE_COMMIT, ZoneRule.GREEN_NO_COMMIT);
            if (blueGreen.contains(a) || blueGreen.contains(b)) {
                assertThat(blueGreen).contains(a, b);
                if (c1 <= c2 && a == ZoneRule.BLUE_COMMIT) assertThat(b).isEqualTo(ZoneRule.BLUE_COMMIT); // more commit never loses blue
            } else {
                assertThat(b).isEqualTo(a);
            }
        });
    }

    @Test
    void withoutAnM2RowNeitherYellowNorRed() {
        RandomCases.check(CASES, TWO_MONTHS, c ->
                assertThat(CLASSIFIER.classify(c.m1(), null, c.commit())).isNotIn(ZoneRule.YELLOW_BILL_DROP, ZoneRule.RED_MOU_DROP));
    }

    @Test
    void forgettingM2OnlyTurnsYellowAndRedIntoSomethingElse() {
        RandomCases.check(CASES, BOTH_MONTHS, c -> {
            ZoneRule with = CLASSIFIER.classify(c.m1(), c.m2(), c.commit());
            ZoneRule without = CLASSIFIER.classify(c.m1(), null, c.commit());
            if (with != ZoneRule.YELLOW_BILL_DROP && with != ZoneRule.RED_MOU_DROP) assertThat(without).isEqualTo(with);
        });
    }

    @Test
    void m1StateAloneDecidesWhiteAndLeft() {
        RandomCases.check(CASES, TWO_MONTHS, c -> {
            ZoneRule rule = CLASSIFIER.classify(c.m1(), c.m2(), c.commit());
            switch (c.m1().state()) {
                case SUSPENDED, PRECANCEL -> assertThat(rule).isEqualTo(ZoneRule.WHITE_STATE);
                case CANCELLED -> assertThat(rule).isEqualTo(ZoneRule.NONE_LEFT);
                case ACTIVE -> assertThat(rule).isNotIn(ZoneRule.WHITE_STATE, ZoneRule.NONE_LEFT);
            }
        });
    }

    record Scaled(Months months, int k) {
    }

    @Test
    void scalingBillsAndATogetherChangesNothing() {
        RandomCases.check(CASES, r -> new Scaled(TWO_MONTHS.next(r), Gen.ints(2, 50).next(r)), s -> {
            int k = s.k();
            MonthFacts m1 = s.months().m1();
            MonthFacts m2 = s.months().m2();
            long commit = s.months().commit();
            ZoneClassifier scaled = new ZoneClassifier(new ZoneThresholds(T.highValueBillFen() * k, T.outgoingMinutes(), T.minCommitFen() * k));
            MonthFacts s1 = new MonthFacts(m1.billFen() * k, m1.mouOut(), m1.state());
            MonthFacts s2 = m2 == null ? null : new MonthFacts(m2.billFen() * k, m2.mouOut(), m2.state());
            assertThat(scaled.classify(s1, s2, commit * k)).isEqualTo(CLASSIFIER.classify(m1, m2, commit));
        });
    }

    record AboveAll(long bill1, long mou1, MonthFacts m2, long commit) {
    }

    @Test
    void aCustomerWhoStaysAboveAllThresholdsIsBlueOrGreen() {
        Gen<AboveAll> cases = r -> new AboveAll(Gen.longs(18_800, 500_000).next(r), Gen.longs(301, 5_000).next(r),
                MONTH_OR_NONE.next(r), COMMIT.next(r));
        RandomCases.check(CASES, cases, c -> {
            ZoneRule rule = CLASSIFIER.classify(new MonthFacts(c.bill1(), c.mou1(), AccountState.ACTIVE), c.m2(), c.commit());
            assertThat(rule).isEqualTo(c.commit() >= T.minCommitFen() ? ZoneRule.BLUE_COMMIT : ZoneRule.GREEN_NO_COMMIT);
        });
    }

    // ---------------------------------------------------------------- generators

    /** Bills, minutes and states spread over the range, with the thresholds' neighbours drawn often. */
    private static final Gen<MonthFacts> MONTH = r -> new MonthFacts(
            Gen.frequency(3, Gen.longs(0, 200_000), 2, Gen.oneOf(0L, 18_799L, 18_800L, 18_801L)).next(r),
            Gen.frequency(3, Gen.longs(0, 2_000), 2, Gen.oneOf(0L, 299L, 300L, 301L)).next(r),
            Gen.frequency(6, Gen.constant(AccountState.ACTIVE), 1,
                    Gen.oneOf(AccountState.SUSPENDED, AccountState.PRECANCEL, AccountState.CANCELLED)).next(r));

    private static final Gen<MonthFacts> MONTH_OR_NONE = MONTH.orNull(0.2);

    private static final Gen<Long> COMMIT = Gen.frequency(2, Gen.longs(0, 30_000), 2, Gen.oneOf(0L, 8_799L, 8_800L, 8_801L));

    /** M-1 (always there), M-2 and the min commit. */
    record Months(MonthFacts m1, MonthFacts m2, long commit) {
    }

    /** M-2 missing one time in five. */
    private static final Gen<Months> TWO_MONTHS = r -> new Months(MONTH.next(r), MONTH_OR_NONE.next(r), COMMIT.next(r));

    /** M-2 always there. */
    private static final Gen<Months> BOTH_MONTHS = r -> new Months(MONTH.next(r), MONTH.next(r), COMMIT.next(r));

    // ---------------------------------------------------------------- the whole cycle

    record Sub(String region, String tier, String group, String commit, List<Month> months) {
    }

    record Month(boolean present, long billFen, long mou, String state) {
    }

    private static final YearMonth CYCLE = YearMonth.of(2026, 10);
    private static final List<String> MONTHS = List.of("2026-08", "2026-09", "2026-10");

    private static final Gen<Month> USAGE_MONTH = r -> new Month(
            Gen.oneOf(true, true, true, false).next(r),
            Gen.frequency(3, Gen.longs(0, 120_000), 1, Gen.oneOf(18_799L, 18_800L)).next(r),
            Gen.frequency(3, Gen.longs(0, 900), 1, Gen.oneOf(299L, 300L, 301L)).next(r),
            Gen.frequency(8, Gen.constant("active"), 1, Gen.oneOf("suspended", "precancel", "cancelled")).next(r));

    private static final Gen<Sub> SUB = r -> new Sub(
            Gen.oneOf("hangzhou", "ningbo", "wenzhou").next(r),
            Gen.oneOf("", "none", "silver", "gold", "diamond").next(r),
            Gen.oneOf("", "", "acme", "noam").next(r),
            Gen.oneOf("", "0", "87.99", "88.00", "120.00").next(r),
            USAGE_MONTH.list(3, 3).next(r));

    @Test
    void theCycleIsDeterministic() {
        RandomCases.check(12, SUB.list(1, 25), ZonePropertyTests::runTwiceAndCompare);
    }

    private static void runTwiceAndCompare(List<Sub> subs) throws IOException {
        Path root = Files.createTempDirectory("retain-cycle-prop");
        try {
            Path in = writeProvince(subs, root.resolve("in"));
            CycleRunner runner = new CycleRunner(SettingsLoader.defaults(), RULES, Progress.NONE);
            runner.run(CYCLE, in, root.resolve("out1"), null);
            runner.run(CYCLE, in, root.resolve("out2"), null);
            for (String f : List.of("segments.csv", "tasks.csv", "assignments.csv")) {
                assertThat(Files.readAllBytes(root.resolve("out2").resolve(f)))
                        .as(f + " byte-identical on a re-run")
                        .isEqualTo(Files.readAllBytes(root.resolve("out1").resolve(f)));
            }

            Table segments = Table.read(root.resolve("out1/segments.csv"));
            assertThat(segments.size()).as("one segment row per subscriber").isEqualTo(subs.size());
            Map<String, Map<String, String>> byMsisdn = segments.by("msisdn"); // fails on a repeated msisdn
            for (Map<String, String> row : segments.rows()) {
                ZoneRule rule = ZoneRule.valueOf(row.get("rule").toUpperCase(java.util.Locale.ROOT));
                assertThat(row.get("zone")).as("zone of rule " + rule).isEqualTo(rule.zone().code());
            }

            Table tasks = Table.read(root.resolve("out1/tasks.csv"));
            List<String> ids = tasks.column("task_id");
            assertThat(new HashSet<>(ids)).as("task ids are unique").hasSize(ids.size());
            Set<String> withTask = new HashSet<>();
            for (Map<String, String> t : tasks.rows()) {
                assertThat(withTask.add(t.get("msisdn"))).as("at most one task per msisdn: " + t.get("msisdn")).isTrue();
                assertThat(t.get("task_id")).isEqualTo(TaskPlanner.taskId(CYCLE, t.get("msisdn")));
                assertThat(byMsisdn.get(t.get("msisdn")).get("rule")).as("no task for a subscriber who left").isNotEqualTo("none_left");
            }

            Table assignments = Table.read(root.resolve("out1/assignments.csv"));
            assertThat(new HashSet<>(assignments.column("msisdn"))).as("at most one assignment per msisdn").hasSize(assignments.size());
        } finally {
            delete(root);
        }
    }

    private static Path writeProvince(List<Sub> subs, Path dir) {
        ProvinceFiles p = ProvinceFiles.province()
                .manager("cm_hz", "customer_manager", "hangzhou", "3", "true")
                .manager("pm_hz", "phone_manager", "hangzhou", "4", "true")
                .manager("cm_nb", "customer_manager", "ningbo", "2", "true")
                .manager("pm_nb", "phone_manager", "ningbo", "2", "false")
                .group("acme", "cm_hz")
                .group("noam", "");
        for (int i = 0; i < subs.size(); i++) {
            Sub s = subs.get(i);
            String msisdn = String.format("1390000%04d", i);
            p.subscriber(msisdn, s.region(), s.tier(), s.group(), s.commit());
            for (int m = 0; m < 3; m++) {
                Month u = s.months().get(m);
                // the cycle needs at least one row in the closed month
                if (u.present() || (i == 0 && m == 2)) {
                    p.usage(msisdn, MONTHS.get(m), dev.retain.engine.value.Money.format(u.billFen()), u.mou(), u.state());
                }
            }
        }
        return p.writeTo(dir);
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
