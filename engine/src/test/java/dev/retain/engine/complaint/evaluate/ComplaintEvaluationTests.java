package dev.retain.engine.complaint.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintEvaluationTests {

    private static final LocalDate PILOT = LocalDate.parse("2010-07-01");
    private final ComplaintEvaluation evaluation = ComplaintEvaluation.standard();
    private long ids;

    /**
     * Seed 003's pilot: 50 customers called back after the visits, 25 VIP and 25 non-VIP repeat
     * complainants; 29 satisfied (17 VIP, 12 repeat). Before the pilot 43 % / 51 % / 35 % (the seed
     * gives no counts: 100 per group reproduce them). The seed prints 67 % and 47 % after; its own
     * counts 17/25 and 12/25 are 68 % and 48 %, which is what the counts give here.
     */
    @Test
    void reproducesTheShapeOfSeed003sTable() {
        List<HandledComplaint> all = new ArrayList<>();
        all.addAll(surveyed(LocalDate.parse("2010-06-10"), true, false, 100, 51));
        all.addAll(surveyed(LocalDate.parse("2010-06-12"), false, true, 100, 35));
        all.addAll(surveyed(LocalDate.parse("2010-08-05"), true, false, 25, 17));
        all.addAll(surveyed(LocalDate.parse("2010-08-06"), false, true, 25, 12));

        Comparison c = evaluation.compare(all, PILOT);

        assertThat(c.before().satisfiedAll()).isEqualTo(new Rate(86, 200));
        assertThat(c.before().satisfiedAll().percent()).isEqualTo(43);
        assertThat(c.before().satisfiedVip().percent()).isEqualTo(51);
        assertThat(c.before().satisfiedRepeat().percent()).isEqualTo(35);
        assertThat(c.after().satisfiedAll()).isEqualTo(new Rate(29, 50));
        assertThat(c.after().satisfiedAll().percent()).isEqualTo(58);
        assertThat(c.after().satisfiedVip()).isEqualTo(new Rate(17, 25));
        assertThat(c.after().satisfiedVip().percent()).isEqualTo(68);
        assertThat(c.after().satisfiedRepeat()).isEqualTo(new Rate(12, 25));
        assertThat(c.after().satisfiedRepeat().percent()).isEqualTo(48);
        assertThat(Comparison.points(c.before().satisfiedAll(), c.after().satisfiedAll())).isEqualTo(15);
        assertThat(Comparison.points(c.before().satisfiedVip(), c.after().satisfiedVip())).isEqualTo(17);
    }

    @Test
    void thePivotDayCountsAfterAndUnsurveyedCustomersAreNotCounted() {
        List<HandledComplaint> all = List.of(
                complaint(PILOT.minusDays(1), false, false, 5, null, null),
                complaint(PILOT, false, false, 2, null, null),
                complaint(PILOT, false, false, null, null, null));

        Comparison c = evaluation.compare(all, PILOT);

        assertThat(c.before().satisfiedAll()).isEqualTo(new Rate(1, 1));
        assertThat(c.after().satisfiedAll()).isEqualTo(new Rate(0, 1));
        assertThat(c.after().complaints()).isEqualTo(2);
        assertThat(c.after().satisfiedVip().known()).isFalse();
        assertThat(c.after().satisfiedVip().percent()).isEqualTo(-1);
        assertThat(Comparison.points(c.before().satisfiedVip(), c.after().satisfiedVip())).isNull();
    }

    @Test
    void onTimeCountsClosedComplaintsWithALimitAndRepeatRateCountsAll() {
        Instant due = Instant.parse("2026-11-10T09:00:00Z");
        List<HandledComplaint> all = List.of(
                complaint(LocalDate.parse("2026-11-02"), false, true, null, due, due),                 // on time (at the limit)
                complaint(LocalDate.parse("2026-11-02"), false, false, null, due, due.plusSeconds(1)), // late
                complaint(LocalDate.parse("2026-11-03"), false, true, null, due, null),                // open: not counted
                complaint(LocalDate.parse("2026-11-03"), false, false, null, null, due));              // no limit: not counted

        Figures f = evaluation.figures(all);

        assertThat(f.onTime()).isEqualTo(new Rate(1, 2));
        assertThat(f.repeat()).isEqualTo(new Rate(2, 4));
        assertThat(f.repeat().percent()).isEqualTo(50);
    }

    @Test
    void groupsByBranchAndMonthOfReceipt() {
        List<HandledComplaint> all = List.of(
                complaint("yanta", LocalDate.parse("2026-10-31"), 5),
                complaint("beilin", LocalDate.parse("2026-11-01"), 1),
                complaint("yanta", LocalDate.parse("2026-11-01"), 4),
                complaint("yanta", LocalDate.parse("2026-11-30"), 3));

        List<ComplaintEvaluation.Row> rows = evaluation.byBranchAndMonth(all);

        assertThat(rows).extracting(ComplaintEvaluation.Row::branch, ComplaintEvaluation.Row::month)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("beilin", YearMonth.parse("2026-11")),
                        org.assertj.core.groups.Tuple.tuple("yanta", YearMonth.parse("2026-10")),
                        org.assertj.core.groups.Tuple.tuple("yanta", YearMonth.parse("2026-11")));
        assertThat(rows.get(2).figures().satisfiedAll()).isEqualTo(new Rate(1, 2));
        assertThat(rows.get(2).figures().complaints()).isEqualTo(2);
    }

    @Test
    void theSatisfiedThresholdIsASettingAndBadScoresAreRefused() {
        List<HandledComplaint> all = List.of(complaint("yanta", PILOT, 3), complaint("yanta", PILOT, 4));
        assertThat(new ComplaintEvaluation(3).figures(all).satisfiedAll()).isEqualTo(new Rate(2, 2));
        assertThat(ComplaintEvaluation.standard().figures(all).satisfiedAll()).isEqualTo(new Rate(1, 2));
        assertThatThrownBy(() -> new ComplaintEvaluation(6)).hasMessageContaining("satisfiedFrom");
        assertThatThrownBy(() -> complaint("yanta", PILOT, 0)).hasMessageContaining("satisfaction must be 1-5, was 0");
    }

    @Test
    void percentRoundsHalfUp() {
        assertThat(new Rate(1, 8).percent()).isEqualTo(13); // 12.5
        assertThat(new Rate(1, 3).percent()).isEqualTo(33);
        assertThat(new Rate(2, 3).percent()).isEqualTo(67);
    }

    private List<HandledComplaint> surveyed(LocalDate day, boolean vip, boolean repeat, int count, int satisfied) {
        List<HandledComplaint> list = new ArrayList<>();
        for (int i = 0; i < count; i++) list.add(complaint(day, vip, repeat, i < satisfied ? 5 : 2, null, null));
        return list;
    }

    private HandledComplaint complaint(String branch, LocalDate day, Integer satisfaction) {
        return new HandledComplaint(++ids, branch, day, false, false, satisfaction, null, null);
    }

    private HandledComplaint complaint(LocalDate day, boolean vip, boolean repeat, Integer satisfaction, Instant due, Instant closed) {
        return new HandledComplaint(++ids, "yanta", day, vip, repeat, satisfaction, due, closed);
    }
}
