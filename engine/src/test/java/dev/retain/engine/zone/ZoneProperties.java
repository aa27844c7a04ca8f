package dev.retain.engine.zone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.cycle.CycleRunner;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.fixtures.ProvinceFiles;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of SPEC R2.2 over generated months, checked against the spec's conditions
 * written out independently here, and determinism of the whole cycle.
 */
class ZoneProperties {

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

    @Property
    void theRecordedRuleIsTheFirstSpecClauseThatHolds(@ForAll("month") MonthFacts m1, @ForAll("monthOrNone") MonthFacts m2,
                                                      @ForAll("commit") long commit) {
        ZoneRule rule = CLASSIFIER.classify(m1, m2, commit);
        List<ZoneRule> matching = specMatches(m1, m2, commit, T);
        assertThat(rule).isEqualTo(matching.get(0));
        assertThat(rule.zone()).isEqualTo(matching.get(0).zone());
    }

    @Property
    void noM1RowAlwaysMeansLeft(@ForAll("monthOrNone") MonthFacts m2, @ForAll("commit") long commit) {
        ZoneRule rule = CLASSIFIER.classify(null, m2, commit);
        assertThat(rule).isEqualTo(ZoneRule.NONE_LEFT);
        assertThat(rule.zone()).isEqualTo(Zone.NONE);
    }

    @Property
    void customThresholdsFollowTheSameClauses(@ForAll("month") MonthFacts m1, @ForAll("monthOrNone") MonthFacts m2,
                                              @ForAll @LongRange(min = 1, max = 100_000) long a, @ForAll @IntRange(min = 0, max = 900) int m,
                                              @ForAll @LongRange(min = 0, max = 50_000) long c, @ForAll("commit") long commit) {
        ZoneThresholds t = new ZoneThresholds(a, m, c);
        assertThat(new ZoneClassifier(t).classify(m1, m2, commit)).isEqualTo(specMatches(m1, m2, commit, t).get(0));
    }

    // ---------------------------------------------------------------- determinism

    @Property
    void theClassifierIsDeterministicAndBothFormsAgree(@ForAll("month") MonthFacts m1, @ForAll("monthOrNone") MonthFacts m2,
                                                       @ForAll("commit") long commit) {
        ZoneRule first = CLASSIFIER.classify(m1, m2, commit);
        ZoneRule again = new ZoneClassifier(new ZoneThresholds(T.highValueBillFen(), T.outgoingMinutes(), T.minCommitFen()))
                .classify(m1, m2, commit);
        ZoneRule flat = CLASSIFIER.classify(true, m1.state(), m1.billFen(), m1.mouOut(), m2 != null,
                m2 == null ? 0 : m2.billFen(), m2 == null ? 0 : m2.mouOut(), commit);
        assertThat(again).isEqualTo(first);
        assertThat(flat).isEqualTo(first);
    }

    // ---------------------------------------------------------------- monotonicity

    @Property
    void raisingTheM1BillNeverMovesBlueOrGreenOut(@ForAll("month") MonthFacts m1, @ForAll("monthOrNone") MonthFacts m2,
                                                  @ForAll("commit") long commit, @ForAll @LongRange(min = 1, max = 1_000_000) long more) {
        ZoneRule before = CLASSIFIER.classify(m1, m2, commit);
        ZoneRule after = CLASSIFIER.classify(new MonthFacts(m1.billFen() + more, m1.mouOut(), m1.state()), m2, commit);
        if (before == ZoneRule.BLUE_COMMIT || before == ZoneRule.GREEN_NO_COMMIT) assertThat(after).isEqualTo(before);
    }

    @Property
    void raisingTheM2BillNeverMovesBlueOrGreenOut(@ForAll("month") MonthFacts m1, @ForAll("month") MonthFacts m2,
                                                  @ForAll("commit") long commit, @ForAll @LongRange(min = 1, max = 1_000_000) long more) {
        ZoneRule before = CLASSIFIER.classify(m1, m2, commit);
        ZoneRule after = CLASSIFIER.classify(m1, new MonthFacts(m2.billFen() + more, m2.mouOut(), m2.state()), commit);
        if (before == ZoneRule.BLUE_COMMIT || before == ZoneRule.GREEN_NO_COMMIT) assertThat(after).isEqualTo(before);
    }

    @Property
    void raisingTheM1MinutesNeverMovesBlueOrGreenOut(@ForAll("month") MonthFacts m1, @ForAll("monthOrNone") MonthFacts m2,
                                                     @ForAll("commit") long commit, @ForAll @LongRange(min = 1, max = 10_000) long more) {
        ZoneRule before = CLASSIFIER.classify(m1, m2, commit);
        ZoneRule after = CLASSIFIER.classify(new MonthFacts(m1.billFen(), m1.mouOut() + more, m1.state()), m2, commit);
        if (before == ZoneRule.BLUE_COMMIT || before == ZoneRule.GREEN_NO_COMMIT) assertThat(after).isEqualTo(before);
    }

    @Property
    void theMinCommitOnlyChoosesBetweenBlueAndGreen(@ForAll("month") MonthFacts m1, @ForAll("monthOrNone") MonthFacts m2,
                                                     @ForAll("commit") long c1, @ForAll("commit") long c2) {
        ZoneRule a = CLASSIFIER.classify(m1, m2, c1);
        ZoneRule b = CLASSIFIER.classify(m1, m2, c2);
        Set<ZoneRule> blueGreen = Set.of(ZoneRule.BLUE_COMMIT, ZoneRule.GREEN_NO_COMMIT);
        if (blueGreen.contains(a) || blueGreen.contains(b)) {
            assertThat(blueGreen).contains(a, b);
            if (c1 <= c2 && a == ZoneRule.BLUE_COMMIT) assertThat(b).isEqualTo(ZoneRule.BLUE_COMMIT); // more commit never loses blue
        } else {
            assertThat(b).isEqualTo(a);
        }
    }

    @Property
    void withoutAnM2RowNeitherYellowNorRed(@ForAll("month") MonthFacts m1, @ForAll("commit") long commit) {
        assertThat(CLASSIFIER.classify(m1, null, commit)).isNotIn(ZoneRule.YELLOW_BILL_DROP, ZoneRule.RED_MOU_DROP);
    }

    @Property
    void forgettingM2OnlyTurnsYellowAndRedIntoSomethingElse(@ForAll("month") MonthFacts m1, @ForAll("month") MonthFacts m2,
                                                            @ForAll("commit") long commit) {
        ZoneRule with = CLASSIFIER.classify(m1, m2, commit);
        ZoneRule without = CLASSIFIER.classify(m1, null, commit);
        if (with != ZoneRule.YELLOW_BILL_DROP && with != ZoneRule.RED_MOU_DROP) assertThat(without).isEqualTo(with);
    }

    @Property
    void m1StateAloneDecidesWhiteAndLeft(@ForAll("month") MonthFacts m1, @ForAll("monthOrNone") MonthFacts m2,
                                         @ForAll("commit") long commit) {
        ZoneRule rule = CLASSIFIER.classify(m1, m2, commit);
        switch (m1.state()) {
            case SUSPENDED, PRECANCEL -> assertThat(rule).isEqualTo(ZoneRule.WHITE_STATE);
            case CANCELLED -> assertThat(rule).isEqualTo(ZoneRule.NONE_LEFT);
            case ACTIVE -> assertThat(rule).isNotIn(ZoneRule.WHITE_STATE, ZoneRule.NONE_LEFT);
        }
    }

    @Property
    void scalingBillsAndATogetherChangesNothing(@ForAll("month") MonthFacts m1, @ForAll("monthOrNone") MonthFacts m2,
                                                @ForAll("commit") long commit, @ForAll @IntRange(min = 2, max = 50) int k) {
        ZoneClassifier scaled = new ZoneClassifier(new ZoneThresholds(T.highValueBillFen() * k, T.outgoingMinutes(), T.minCommitFen() * k));
        MonthFacts s1 = new MonthFacts(m1.billFen() * k, m1.mouOut(), m1.state());
        MonthFacts s2 = m2 == null ? null : new MonthFacts(m2.billFen() * k, m2.mouOut(), m2.state());
        assertThat(scaled.classify(s1, s2, commit * k)).isEqualTo(CLASSIFIER.classify(m1, m2, commit));
    }

    @Property
    void aCustomerWhoStaysAboveAllThresholdsIsBlueOrGreen(@ForAll @LongRange(min = 18800, max = 500_000) long bill1,
                                                          @ForAll @LongRange(min = 301, max = 5_000) long mou1,
                                                          @ForAll("monthOrNone") MonthFacts m2, @ForAll("commit") long commit) {
        ZoneRule rule = CLASSIFIER.classify(new MonthFacts(bill1, mou1, AccountState.ACTIVE), m2, commit);
        assertThat(rule).isEqualTo(commit >= T.minCommitFen() ? ZoneRule.BLUE_COMMIT : ZoneRule.GREEN_NO_COMMIT);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<MonthFacts> month() {
        Arbitrary<Long> bill = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 200_000)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0L, 18_799L, 18_800L, 18_801L)));
        Arbitrary<Long> mou = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 2_000)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0L, 299L, 300L, 301L)));
        Arbitrary<AccountState> state = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(AccountState.ACTIVE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(AccountState.SUSPENDED, AccountState.PRECANCEL, AccountState.CANCELLED)));
        return Combinators.combine(bill, mou, state).as(MonthFacts::new);
    }

    @Provide
    Arbitrary<MonthFacts> monthOrNone() {
        return month().injectNull(0.2);
    }

    @Provide
    Arbitrary<Long> commit() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 30_000)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0L, 8_799L, 8_800L, 8_801L)));
    }

    // ---------------------------------------------------------------- the whole cycle

    record Sub(String region, String tier, String group, String commit, List<Month> months) {
    }

    record Month(boolean present, long billFen, long mou, String state) {
    }

    private static final YearMonth CYCLE = YearMonth.of(2026, 10);
    private static final List<String> MONTHS = List.of("2026-08", "2026-09", "2026-10");

    @Provide
    Arbitrary<List<Sub>> provinces() {
        Arbitrary<Month> month = Combinators.combine(
                Arbitraries.of(true, true, true, false),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 120_000)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(18_799L, 18_800L))),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 900)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(299L, 300L, 301L))),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just("active")),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("suspended", "precancel", "cancelled"))))
                .as(Month::new);
        Arbitrary<Sub> sub = Combinators.combine(
                Arbitraries.of("hangzhou", "ningbo", "wenzhou"),
                Arbitraries.of("", "none", "silver", "gold", "diamond"),
                Arbitraries.of("", "", "acme", "noam"),
                Arbitraries.of("", "0", "87.99", "88.00", "120.00"),
                month.list().ofSize(3))
                .as(Sub::new);
        return sub.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 12)
    void theCycleIsDeterministic(@ForAll("provinces") List<Sub> subs) throws IOException {
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
