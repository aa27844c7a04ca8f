package dev.retain.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The festival table pinned to the published dates, and where ICU's Chinese calendar disagrees with it. */
class FestivalCalendarTests {

    private final FestivalCalendar festivals = FestivalCalendar.official();

    @Test
    void everySpringFestival2024To2035() {
        assertDates(Festival.SPRING, Map.ofEntries(
                Map.entry(2024, "2024-02-10"), Map.entry(2025, "2025-01-29"), Map.entry(2026, "2026-02-17"),
                Map.entry(2027, "2027-02-06"), Map.entry(2028, "2028-01-26"), Map.entry(2029, "2029-02-13"),
                Map.entry(2030, "2030-02-03"), Map.entry(2031, "2031-01-23"), Map.entry(2032, "2032-02-11"),
                Map.entry(2033, "2033-01-31"), Map.entry(2034, "2034-02-19"), Map.entry(2035, "2035-02-08")));
    }

    @Test
    void everyMidAutumn2024To2035() {
        assertDates(Festival.MID_AUTUMN, Map.ofEntries(
                Map.entry(2024, "2024-09-17"), Map.entry(2025, "2025-10-06"), Map.entry(2026, "2026-09-25"),
                Map.entry(2027, "2027-09-15"), Map.entry(2028, "2028-10-03"), Map.entry(2029, "2029-09-22"),
                Map.entry(2030, "2030-09-12"), Map.entry(2031, "2031-10-01"), Map.entry(2032, "2032-09-19"),
                Map.entry(2033, "2033-09-08"), Map.entry(2034, "2034-09-27"), Map.entry(2035, "2035-09-16")));
    }

    @Test
    void everyDragonBoatFestival2024To2035() {
        assertDates(Festival.DRAGON_BOAT, Map.ofEntries(
                Map.entry(2024, "2024-06-10"), Map.entry(2025, "2025-05-31"), Map.entry(2026, "2026-06-19"),
                Map.entry(2027, "2027-06-09"), Map.entry(2028, "2028-05-28"), Map.entry(2029, "2029-06-16"),
                Map.entry(2030, "2030-06-05"), Map.entry(2031, "2031-06-24"), Map.entry(2032, "2032-06-12"),
                Map.entry(2033, "2033-06-01"), Map.entry(2034, "2034-06-20"), Map.entry(2035, "2035-06-10")));
    }

    @Test
    void everyQingming2024To2035() {
        assertDates(Festival.QINGMING, Map.ofEntries(
                Map.entry(2024, "2024-04-04"), Map.entry(2025, "2025-04-04"), Map.entry(2026, "2026-04-05"),
                Map.entry(2027, "2027-04-05"), Map.entry(2028, "2028-04-04"), Map.entry(2029, "2029-04-04"),
                Map.entry(2030, "2030-04-05"), Map.entry(2031, "2031-04-05"), Map.entry(2032, "2032-04-04"),
                Map.entry(2033, "2033-04-04"), Map.entry(2034, "2034-04-05"), Map.entry(2035, "2035-04-05")));
    }

    @Test
    void theLanternFestivalIsFourteenDaysAfterSpringAndTheFixedOnesAreFixed() {
        for (int year = festivals.firstYear(); year <= festivals.lastYear(); year++) {
            assertThat(dateOf(Festival.LANTERN, year)).isEqualTo(dateOf(Festival.SPRING, year).plusDays(14));
            assertThat(dateOf(Festival.NEW_YEAR, year)).isEqualTo(LocalDate.of(year, 1, 1));
            assertThat(dateOf(Festival.NATIONAL_DAY, year)).isEqualTo(LocalDate.of(year, 10, 1));
        }
    }

    @Test
    void theLunarFestivalsAgreeWithTheOfficialLunarMonths() {
        LunarCalendar lunar = LunarCalendar.official();
        for (int year = festivals.firstYear(); year <= festivals.lastYear(); year++) {
            for (FestivalDate f : festivals.festivalsOf(year)) {
                if (f.festival().kind() != Festival.Kind.LUNAR) continue;
                assertThat(lunar.toLunar(f.date())).as("%s %d", f.festival(), year)
                        .isEqualTo(new LunarDate(year, f.festival().month(), false, f.festival().day()));
            }
        }
    }

    @Test
    void icuAloneIsADayOffForTheSpringAndLanternFestivalsOf2027And2030() {
        List<String> disagreements = new ArrayList<>();
        for (int year = festivals.firstYear(); year <= festivals.lastYear(); year++) {
            for (FestivalDate icu : FestivalCalendar.computedByIcu(year)) {
                assertThat(icu.source()).isEqualTo(CalendarSource.ICU);
                LocalDate official = dateOf(icu.festival(), year);
                if (!official.equals(icu.date())) disagreements.add(icu.festival().code() + " " + year + ": table " + official + ", ICU " + icu.date());
            }
        }
        assertThat(disagreements).containsExactly(
                "spring 2027: table 2027-02-06, ICU 2027-02-07",
                "lantern 2027: table 2027-02-20, ICU 2027-02-21",
                "spring 2030: table 2030-02-03, ICU 2030-02-02",
                "lantern 2030: table 2030-02-17, ICU 2030-02-16");
    }

    @Test
    void aYearOutsideTheTableIsRefusedWithTheYearsItCovers() {
        assertThat(festivals.covers(2036)).isFalse();
        assertThatThrownBy(() -> festivals.festivalsOf(2036))
                .isInstanceOf(OutsideCalendarTableException.class)
                .hasMessage("2036 is outside the festival table (2024-2035): no official dates for it");
        assertThatThrownBy(() -> festivals.on(LocalDate.of(2023, 9, 29))).isInstanceOf(OutsideCalendarTableException.class);
    }

    @Test
    void aDayHoldsItsFestivals() {
        assertThat(festivals.on(LocalDate.of(2031, 10, 1))).extracting(FestivalDate::festival)
                .containsExactly(Festival.MID_AUTUMN, Festival.NATIONAL_DAY);
        assertThat(festivals.on(LocalDate.of(2031, 10, 2))).isEmpty();
    }

    private void assertDates(Festival festival, Map<Integer, String> published) {
        assertThat(published).hasSize(12);
        published.forEach((year, date) -> assertThat(dateOf(festival, year)).as("%s %d", festival, year).isEqualTo(LocalDate.parse(date)));
        assertThat(festivals.firstYear()).isEqualTo(2024);
        assertThat(festivals.lastYear()).isEqualTo(2035);
    }

    private LocalDate dateOf(Festival festival, int year) {
        return festivals.festivalsOf(year).stream().filter(f -> f.festival() == festival).findFirst().orElseThrow().date();
    }
}
