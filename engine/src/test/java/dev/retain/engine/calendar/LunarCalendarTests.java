package dev.retain.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The official lunar months against ICU and against published dates. The table was computed with
 * the GB/T 33661-2017 rules (lunar-javascript 1.7.7) and checked against ICU4J 79.1 month by month:
 * they agree everywhere except the two new moons that fall minutes from midnight in Beijing
 * (2027-02-06 23:56, 2030-02-03 00:07), where the published Spring Festivals side with the table.
 */
class LunarCalendarTests {

    private final LunarCalendar calendar = LunarCalendar.official();

    @Test
    void theTableCoversLunarYears2023To2035() {
        assertThat(calendar.firstTableYear()).isEqualTo(2023);
        assertThat(calendar.lastTableYear()).isEqualTo(2035);
        assertThat(calendar.sourceOf(2030)).isEqualTo(CalendarSource.TABLE);
        assertThat(calendar.sourceOf(1990)).isEqualTo(CalendarSource.ICU);
        assertThat(calendar.sourceOf(2036)).isEqualTo(CalendarSource.ICU);
    }

    @Test
    void icuDisagreesWithTheOfficialMonthsOnlyAround2027And2030() {
        List<String> disagreements = new ArrayList<>();
        for (int year = calendar.firstTableYear(); year <= calendar.lastTableYear(); year++) {
            List<LunarMonth> official = calendar.monthsOf(year);
            List<LunarMonth> icu = IcuLunarCalendar.monthsOf(year);
            assertThat(icu).as("ICU's months of %d", year).hasSameSizeAs(official);
            for (int i = 0; i < official.size(); i++) {
                if (!official.get(i).equals(icu.get(i))) {
                    disagreements.add(official.get(i).year() + "-" + official.get(i).month() + ": official " + official.get(i).firstDay() + "/" + official.get(i).days()
                            + " ICU " + icu.get(i).firstDay() + "/" + icu.get(i).days());
                }
            }
        }
        assertThat(disagreements).containsExactly(
                "2026-12: official 2027-01-08/29 ICU 2027-01-08/30",
                "2027-1: official 2027-02-06/30 ICU 2027-02-07/29",
                "2029-12: official 2030-01-04/30 ICU 2030-01-04/29",
                "2030-1: official 2030-02-03/29 ICU 2030-02-02/30");
    }

    @Test
    void theTableWinsWhereIcuIsADayOff() {
        assertThat(calendar.toLunar(LocalDate.of(2027, 2, 6))).isEqualTo(new LunarDate(2027, 1, false, 1));
        assertThat(IcuLunarCalendar.toLunar(LocalDate.of(2027, 2, 6))).isEqualTo(new LunarDate(2026, 12, false, 30));
        assertThat(calendar.toLunar(LocalDate.of(2030, 2, 2))).isEqualTo(new LunarDate(2029, 12, false, 30));
        assertThat(IcuLunarCalendar.toLunar(LocalDate.of(2030, 2, 2))).isEqualTo(new LunarDate(2030, 1, false, 1));
    }

    @Test
    void publishedLeapMonths() {
        // 2025 闰六月 from 25 July, 2028 闰五月, 2031 闰三月, 2033 闰十一月 (the "2033 problem": the leap month is the 11th)
        assertThat(calendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, true, 1));
        assertThat(leapMonthOf(2025)).isEqualTo(6);
        assertThat(leapMonthOf(2028)).isEqualTo(5);
        assertThat(leapMonthOf(2031)).isEqualTo(3);
        assertThat(leapMonthOf(2033)).isEqualTo(11);
        assertThat(calendar.month(2033, 11, true).orElseThrow().firstDay()).isEqualTo(LocalDate.of(2033, 12, 22));
        assertThat(calendar.monthsOf(2026)).hasSize(12);
    }

    @Test
    void yearsBeforeTheTableComeFromIcu() {
        // Spring Festivals and leap months of past years, as published
        assertThat(calendar.toLunar(LocalDate.of(1980, 2, 16))).isEqualTo(new LunarDate(1980, 1, false, 1));
        assertThat(calendar.toLunar(LocalDate.of(1990, 1, 27))).isEqualTo(new LunarDate(1990, 1, false, 1));
        assertThat(calendar.toLunar(LocalDate.of(2000, 2, 5))).isEqualTo(new LunarDate(2000, 1, false, 1));
        assertThat(calendar.toLunar(LocalDate.of(1990, 10, 3))).isEqualTo(new LunarDate(1990, 8, false, 15));
        assertThat(calendar.toLunar(LocalDate.of(2017, 7, 23))).isEqualTo(new LunarDate(2017, 6, true, 1));
        assertThat(calendar.toLunar(LocalDate.of(2020, 5, 23))).isEqualTo(new LunarDate(2020, 4, true, 1));
        assertThat(calendar.toLunar(LocalDate.of(2020, 1, 24))).isEqualTo(new LunarDate(2019, 12, false, 30));
    }

    @Test
    void everyDayOfTheTableRoundTrips() {
        LocalDate first = calendar.monthsOf(2023).get(0).firstDay();
        LocalDate last = calendar.monthsOf(2035).get(calendar.monthsOf(2035).size() - 1).lastDay();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            assertThat(calendar.toSolar(calendar.toLunar(d))).isEqualTo(d);
        }
        // and the first day after the table is ICU's first day of lunar 2036
        assertThat(calendar.toLunar(last.plusDays(1))).isEqualTo(new LunarDate(2036, 1, false, 1));
    }

    @Test
    void aLeapMonthTheYearLacksIsRefused() {
        assertThatThrownBy(() -> calendar.toSolar(new LunarDate(2026, 6, true, 1))).hasMessageContaining("no leap month 6");
        assertThatThrownBy(() -> calendar.toSolar(new LunarDate(2026, 12, false, 30))).hasMessageContaining("29-day month");
    }

    @Test
    void aTableWithAGapIsRefused() {
        List<LunarMonth> months = new ArrayList<>(calendar.monthsOf(2024));
        months.remove(3);
        assertThatThrownBy(() -> LunarCalendar.of(months)).isInstanceOf(CalendarTableException.class).hasMessageContaining("does not start the day after");
    }

    private int leapMonthOf(int year) {
        return calendar.monthsOf(year).stream().filter(LunarMonth::leap).mapToInt(LunarMonth::month).findFirst().orElse(0);
    }
}
