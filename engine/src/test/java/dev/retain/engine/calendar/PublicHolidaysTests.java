package dev.retain.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The State Council's arrangements of 2024 (国办发明电〔2023〕7号), 2025 (〔2024〕12号, the first with the
 * two extra days: 除夕 and 2 May) and 2026 (〔2025〕7号), pinned day by day where it matters: the
 * make-up working days and the breaks' bounds.
 */
class PublicHolidaysTests {

    private final PublicHolidays holidays = PublicHolidays.official();

    @Test
    void theAnnouncedYearsAreShipped() {
        assertThat(holidays.announcedYears()).containsExactly(2024, 2025, 2026);
        assertThat(holidays.isAnnounced(2027)).isFalse();
    }

    @Test
    void theMakeUpWorkingDaysOfEachYear() {
        assertThat(makeUpDays(2024)).containsExactly("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11",
                "2024-09-14", "2024-09-29", "2024-10-12");
        assertThat(makeUpDays(2025)).containsExactly("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
        assertThat(makeUpDays(2026)).containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
    }

    @Test
    void theDaysOffOfEachYear() {
        assertThat(daysOff(2024)).isEqualTo(30);
        assertThat(daysOff(2025)).isEqualTo(28);
        assertThat(daysOff(2026)).isEqualTo(33);
        // 2026's Spring Festival break: 15-23 February, nine days
        assertThat(holidays.daysOf(2026)).filteredOn(d -> d.holiday() == PublicHoliday.SPRING && !d.workday())
                .extracting(d -> d.date().toString()).first().isEqualTo("2026-02-15");
        assertThat(holidays.daysOf(2026)).filteredOn(d -> d.holiday() == PublicHoliday.SPRING && !d.workday()).hasSize(9)
                .last().extracting(HolidayDay::date).isEqualTo(LocalDate.of(2026, 2, 23));
        // 2025 joined National Day and Mid-Autumn: 1-8 October
        assertThat(holidays.daysOf(2025)).filteredOn(d -> d.holiday() == PublicHoliday.NATIONAL_DAY_MID_AUTUMN && !d.workday()).hasSize(8);
    }

    @Test
    void workingDays() {
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Monday in the Spring Festival break").isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday worked").isTrue();
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 3, 2))).as("an ordinary Monday").isTrue();
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 3, 7))).as("an ordinary Saturday").isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 1, 28))).as("除夕 2025, a day off since the 2025 reform").isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2024, 2, 9))).as("除夕 2024 was a working day").isTrue();
        // 2027 is not announced: weekdays work, and the caller can tell
        assertThat(holidays.isWorkingDay(LocalDate.of(2027, 2, 8))).isTrue();
        assertThat(holidays.isWorkingDay(LocalDate.of(2027, 2, 6))).isFalse();
    }

    @Test
    void theAdminAddsAYear() throws Exception {
        String csv = """
                year,date,day,holiday
                2027,2027-01-01,off,new-year
                2027,2027-02-06,off,spring
                2027,2027-02-08,off,spring
                2027,2027-02-20,work,spring
                """;
        List<HolidayDay> days = PublicHolidays.parse(new StringReader(csv), "2027.csv");
        PublicHolidays extended = holidays.withYear(2027, days);

        assertThat(extended.announcedYears()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        assertThat(holidays.isAnnounced(2027)).as("the shipped calendar is unchanged").isFalse();
        // importing the year again replaces it whole
        assertThat(extended.withYear(2027, days.subList(0, 1)).daysOf(2027)).hasSize(1);
    }

    @Test
    void badRowsAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> PublicHolidays.parse(new StringReader("year,date,day,holiday\n2027,2027-02-09,work,spring\n"), "2027.csv"))
                .isInstanceOf(CalendarTableException.class)
                .hasMessage("2027.csv line 2: 2027-02-09 is a make-up working day but a TUESDAY: only weekends are made up");
        assertThatThrownBy(() -> PublicHolidays.parse(new StringReader("year,date,day,holiday\n2027,2027-02-09,holiday,spring\n"), "2027.csv"))
                .hasMessage("2027.csv line 2: day is off or work, not 'holiday'");
        assertThatThrownBy(() -> PublicHolidays.parse(new StringReader("year,date,day,holiday\n2027,2027-02-09,off,easter\n"), "2027.csv"))
                .hasMessage("2027.csv line 2: unknown public holiday 'easter'");
        assertThatThrownBy(() -> PublicHolidays.parse(new StringReader("year,date,day,holiday\n2027,2027-02-09,off,spring\n2027,2027-02-09,off,spring\n"), "2027.csv"))
                .hasMessageContaining("2027-02-09 is listed twice");
        // each names the column at fault, so the admin's screen can point at the field
        assertThat(fieldAtFault("2027,2027-02-09,work,spring")).isEqualTo("date");
        assertThat(fieldAtFault("2027,2027-02-09,holiday,spring")).isEqualTo("day");
        assertThat(fieldAtFault("2027,2027-02-09,off,easter")).isEqualTo("holiday");
        assertThat(fieldAtFault("twenty,2027-02-09,off,spring")).isEqualTo("year");
        assertThat(fieldAtFault("2027,2027-02-30,off,spring")).isEqualTo("date");
        assertThat(fieldAtFault("2027,2027-02-09,off")).isNull();
        assertThatThrownBy(() -> PublicHolidays.parse(new StringReader("date,day\n"), "2027.csv"))
                .hasMessage("2027.csv line 1: the header must be year,date,day,holiday");
        assertThatThrownBy(() -> holidays.withYear(2027, List.of(new HolidayDay(2028, LocalDate.of(2028, 1, 1), false, PublicHoliday.NEW_YEAR))))
                .hasMessage("2028-01-01 belongs to 2028, not 2027");
    }

    private static String fieldAtFault(String row) {
        try {
            PublicHolidays.parse(new StringReader("year,date,day,holiday\n" + row + "\n"), "2027.csv");
        } catch (CalendarTableException e) {
            assertThat(e.table()).isEqualTo("2027.csv");
            assertThat(e.line()).isEqualTo(2);
            return e.field();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(row + " was accepted");
    }

    private List<String> makeUpDays(int year) {
        return holidays.daysOf(year).stream().filter(HolidayDay::workday).map(d -> d.date().toString()).toList();
    }

    private long daysOff(int year) {
        return holidays.daysOf(year).stream().filter(d -> !d.workday()).count();
    }
}
