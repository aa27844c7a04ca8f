package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.cli.RetainCommandLineTests.Result;
import org.junit.jupiter.api.Test;

/** {@code retain calendar --year Y} prints the dates in use and their source, and says when a year is outside the tables. */
class CalendarCommandTests {

    @Test
    void year2027ShowsTheOfficialSpringFestivalAndWhereIcuDiffers() {
        Result r = RetainCommandLineTests.run("calendar", "--year", "2027");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .containsPattern("2027-02-06 Sat  春节 Spring Festival +table   ICU4J says 2027-02-07: the table wins")
                .containsPattern("2027-09-15 Wed  中秋节 Mid-Autumn +table\\n")
                .containsPattern("2027-04-05 Mon  清明节 Qingming +table")
                .contains("Lunar year 2027 (source: table): 12 months from 2027-02-06 to 2028-01-25, no leap month")
                .contains("Public holidays: 2027 is not in the table (announced years: 2024, 2025, 2026)");
    }

    @Test
    void year2026ListsItsBreaksAndMakeUpWorkingDays() {
        Result r = RetainCommandLineTests.run("calendar", "--year", "2026");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .containsPattern("春节 Spring Festival +off 2026-02-15 Sun to 2026-02-23 Mon \\(9 days\\)\\n +make-up working day 2026-02-14 Sat\\n +make-up working day 2026-02-28 Sat")
                .containsPattern("国庆节 National Day +off 2026-10-01 Thu to 2026-10-07 Wed \\(7 days\\)")
                .doesNotContain("ICU4J says");
    }

    @Test
    void aYearOutsideTheTableSaysSoAndShowsIcuAsUnofficial() {
        Result r = RetainCommandLineTests.run("calendar", "--year", "2036");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("Festivals: 2036 is outside the table of official dates (2024-2035): the care calendar sends no festival greetings")
                .contains("ICU4J's computed dates, for information only (unofficial; no Qingming)")
                .containsPattern("2036-01-28 Mon  春节 Spring Festival +icu")
                .contains("Lunar year 2036 (source: icu)")
                .contains("Public holidays: 2036 is not in the table");
    }

    @Test
    void aBadYearIsAUsageError() {
        Result r = RetainCommandLineTests.run("calendar", "--year", "27");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("calendar: --year must be a year from 1900 to 2100, not '27'");
        assertThat(RetainCommandLineTests.run("calendar").err()).contains("calendar: --year is required");
        assertThat(RetainCommandLineTests.run("help").out()).contains("calendar  --year YYYY");
    }
}
