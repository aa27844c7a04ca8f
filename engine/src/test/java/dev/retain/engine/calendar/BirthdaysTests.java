package dev.retain.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The birthday rules: 29 February, lunar birthdays every year, a leap-month birth and day 30 of a 29-day month. */
class BirthdaysTests {

    private final LunarCalendar calendar = LunarCalendar.official();
    private final FestivalCalendar festivals = FestivalCalendar.official();

    @Test
    void the29thOfFebruaryIsCelebratedOnThe28thInACommonYear() {
        MonthDay leapDay = MonthDay.of(2, 29);
        assertThat(Birthdays.solarIn(leapDay, 2027)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Birthdays.solarIn(leapDay, 2028)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Birthdays.solarIn(MonthDay.of(3, 1), 2027)).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void someoneBornOnMidAutumn1990HasTheirBirthdayOnEveryOfficialMidAutumn() {
        // 1990-10-03 was 八月十五 (ICU, before the table); each year's date is the festival table's Mid-Autumn
        LunarDate born = Birthdays.lunarBirthDate(LocalDate.of(1990, 10, 3), calendar);
        assertThat(born).isEqualTo(new LunarDate(1990, 8, false, 15));
        for (int year = 2024; year <= 2035; year++) {
            assertThat(Birthdays.lunarIn(born.month(), born.day(), year, calendar)).as("%d", year).isEqualTo(dateOf(Festival.MID_AUTUMN, year));
        }
    }

    @Test
    void someoneBornOnSpringFestival1990HasTheirBirthdayOnEveryOfficialSpringFestivalIncluding2027And2030() {
        LunarDate born = Birthdays.lunarBirthDate(LocalDate.of(1990, 1, 27), calendar);
        for (int year = 2024; year <= 2035; year++) {
            assertThat(Birthdays.lunarIn(born.month(), born.day(), year, calendar)).as("%d", year).isEqualTo(dateOf(Festival.SPRING, year));
        }
        assertThat(Birthdays.lunarIn(1, 1, 2027, calendar)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(Birthdays.lunarIn(1, 1, 2030, calendar)).isEqualTo(LocalDate.of(2030, 2, 3));
    }

    @Test
    void aLeapMonthBirthIsCelebratedInTheRegularMonthOfItsNumber() {
        // born 2020-05-23, 闰四月初一: celebrated on 四月初一 every year
        LunarDate born = Birthdays.lunarBirthDate(LocalDate.of(2020, 5, 23), calendar);
        assertThat(born).isEqualTo(new LunarDate(2020, 4, true, 1));
        assertThat(Birthdays.lunarIn(born.month(), born.day(), 2024, calendar)).isEqualTo(LocalDate.of(2024, 5, 8));
        // in 2025, which has a 闰六月, someone born in a 闰六月 is greeted in the regular sixth month, not the leap one
        assertThat(Birthdays.lunarIn(6, 1, 2025, calendar)).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(Birthdays.lunarBirthdaysOn(LocalDate.of(2025, 6, 25), calendar)).containsExactly(601);
        assertThat(Birthdays.lunarBirthdaysOn(LocalDate.of(2025, 7, 25), calendar)).as("a day of the leap month").isEmpty();
    }

    @Test
    void day30InA29DayMonthIsCelebratedOnThe29th() {
        // born on 除夕 2024 (2024-02-09, 腊月三十); the 12th month of lunar 2024 and of 2026 has 29 days, so
        // the birthday is 腊月二十九, which is then 除夕: 2025-01-28 and 2027-02-05 (ICU alone would say 2027-02-06)
        LunarDate born = Birthdays.lunarBirthDate(LocalDate.of(2024, 2, 9), calendar);
        assertThat(born).isEqualTo(new LunarDate(2023, 12, false, 30));
        assertThat(Birthdays.lunarIn(12, 30, 2024, calendar)).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(Birthdays.lunarIn(12, 30, 2026, calendar)).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(Birthdays.lunarIn(12, 30, 2029, calendar)).as("a 30-day month").isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(Birthdays.lunarBirthdaysOn(LocalDate.of(2027, 2, 5), calendar)).containsExactly(1229, 1230);
        assertThat(Birthdays.lunarBirthdaysOn(LocalDate.of(2027, 2, 4), calendar)).containsExactly(1228);
    }

    private LocalDate dateOf(Festival festival, int year) {
        return festivals.festivalsOf(year).stream().filter(f -> f.festival() == festival).findFirst().orElseThrow().date();
    }
}
