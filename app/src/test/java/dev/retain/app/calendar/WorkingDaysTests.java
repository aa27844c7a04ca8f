package dev.retain.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.engine.calendar.HolidayDay;
import dev.retain.engine.calendar.PublicHolidays;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shipped years are in the table after the start, and working days follow it: a listed day
 * off is not a working day, a make-up Saturday is, any other day works Monday to Friday (checked
 * against the State Council's 2026 notice, 国办发明电〔2025〕7号).
 */
@RetainWebTest
class WorkingDaysTests {

    @Autowired WorkingDays workingDays;

    @Test
    void theShippedYearsAreOnFileAsTheEngineShipsThem() {
        PublicHolidays shipped = PublicHolidays.official();
        for (int year : shipped.announcedYears()) {
            assertThat(workingDays.hasYear(year)).as("%d on file", year).isTrue();
            assertThat(workingDays.holidaysOf(year)).extracting(PublicHolidayDay::date)
                    .containsExactlyElementsOf(shipped.daysOf(year).stream().map(HolidayDay::date).toList());
            assertThat(workingDays.holidaysOf(year)).allSatisfy(d -> assertThat(d.source()).isEqualTo(HolidaySource.SHIPPED));
        }
        assertThat(workingDays.years()).extracting(HolidayYear::year).containsAll(shipped.announcedYears());
        // names in both languages, as the notices write them
        PublicHolidayDay firstOf2026 = workingDays.holidaysOf(2026).get(0);
        assertThat(firstOf2026.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(firstOf2026.nameZh()).isEqualTo("元旦");
        assertThat(firstOf2026.nameEn()).isEqualTo("New Year's Day");
        assertThat(firstOf2026.kind()).isEqualTo(HolidayKind.HOLIDAY);
    }

    @Test
    void workingDaysOf2026FollowTheNotice() {
        // Spring Festival 2026: Saturday 14 Feb worked, 15-23 Feb off, Saturday 28 Feb worked
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 13))).as("Friday before the break").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 14))).as("make-up Saturday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Monday of the break").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 23))).as("last day of the break, a Monday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 24))).as("back to work").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 28))).as("make-up Saturday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 7))).as("an ordinary Saturday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 7))).as("last day of National Day, a Wednesday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 8))).as("the Thursday after").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday after National Day").isTrue();
        // the table's answer is the engine's over the same table, day by day for the whole year
        PublicHolidays engine = workingDays.calendar();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            assertThat(workingDays.isWorkingDay(d)).as(d.toString()).isEqualTo(engine.isWorkingDay(d))
                    .isEqualTo(PublicHolidays.official().isWorkingDay(d));
        }
    }

    @Test
    void aYearNotOnFileHasOnlyTheWeekdayRule() {
        assertThat(workingDays.hasYear(2099)).isFalse();
        assertThat(workingDays.holidaysOf(2099)).isEmpty();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2099, 1, 1))).as("a Thursday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2099, 1, 3))).as("a Saturday").isFalse();
        assertThat(List.of(workingDays.calendar().isAnnounced(2099))).containsExactly(false);
    }
}
