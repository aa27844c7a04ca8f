package dev.retain.engine.workhours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.calendar.PublicHolidays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Business time over the shipped 2026 arrangement, 08:30–12:00 and 13:30–17:30 (seven and a half hours a day):
 * a weekend, the lunch gap, the National Day week (1–7 October off), its make-up Saturday
 * (10 October) and Mid-Autumn's make-up Sunday (20 September), pauses, and a year not announced.
 */
class WorkingTimeCalendarTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingTimeCalendar calendar = new WorkingTimeCalendar(SHANGHAI, DailyHours.standard(), PublicHolidays.official());

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private Instant deadline(String start, Duration limit, Pause... pauses) {
        return calendar.deadline(at(start), limit, List.of(pauses)).orElseThrow();
    }

    @Test
    void aWeekendDoesNotCount() {
        // Friday 27 November 2026, 16:30: one hour left that day, the second on Monday
        assertThat(deadline("2026-11-27T16:30", Duration.ofHours(2))).isEqualTo(at("2026-11-30T09:30"));
        assertThat(calendar.elapsed(at("2026-11-27T16:30"), at("2026-11-30T09:30"), List.of())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theLunchGapDoesNotCount() {
        assertThat(deadline("2026-11-30T11:00", Duration.ofHours(2))).isEqualTo(at("2026-11-30T14:30"));
        // received in the night: the clock starts at 08:30
        assertThat(deadline("2026-11-30T03:00", Duration.ofMinutes(30))).isEqualTo(at("2026-11-30T09:00"));
    }

    @Test
    void theNationalDayWeekDoesNotCount() {
        // Wednesday 30 September 16:00: 1.5 h that day; 1-7 October off; Thursday 8 October 08:30 resumes
        assertThat(deadline("2026-09-30T16:00", Duration.ofHours(8))).isEqualTo(at("2026-10-08T16:30"));
        assertThat(calendar.elapsed(at("2026-09-30T16:00"), at("2026-10-08T08:30"), List.of())).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aMakeUpSaturdayCounts() {
        // Friday 9 October 09:00: 7 h on Friday, 7.5 h on Saturday 10 October (调休), the last 1.5 h on Monday
        assertThat(deadline("2026-10-09T09:00", Duration.ofHours(16))).isEqualTo(at("2026-10-12T10:00"));
        // a week later Saturday is a Saturday again
        assertThat(deadline("2026-10-16T17:00", Duration.ofHours(1))).isEqualTo(at("2026-10-19T09:00"));
    }

    @Test
    void aMakeUpSundayCounts() {
        // Saturday 19 September is off, Sunday 20 September is a working day (Mid-Autumn and National Day)
        assertThat(deadline("2026-09-19T10:00", Duration.ofHours(1))).isEqualTo(at("2026-09-20T09:30"));
    }

    @Test
    void pausesStopTheClock() {
        Pause waiting = new Pause(at("2026-11-30T10:00"), at("2026-12-01T11:00"));
        // Monday 1.5 h, Tuesday from 11:00 5 h, Wednesday 1.5 h
        assertThat(deadline("2026-11-30T08:30", Duration.ofHours(8), waiting)).isEqualTo(at("2026-12-02T10:00"));
        assertThat(calendar.elapsed(at("2026-11-30T08:30"), at("2026-12-02T10:00"), List.of(waiting))).isEqualTo(Duration.ofHours(8));
        // overlapping and repeated pauses count once
        Pause overlapping = new Pause(at("2026-11-30T11:00"), at("2026-11-30T16:00"));
        assertThat(deadline("2026-11-30T08:30", Duration.ofHours(8), overlapping, waiting, waiting)).isEqualTo(at("2026-12-02T10:00"));
    }

    @Test
    void anOpenPauseLeavesNoDeadline() {
        Pause open = new Pause(at("2026-11-30T10:00"), null);
        assertThat(calendar.deadline(at("2026-11-30T08:30"), Duration.ofHours(8), List.of(open))).isEmpty();
        // reached before the pause began: the deadline stands
        assertThat(calendar.deadline(at("2026-11-30T08:30"), Duration.ofHours(1), List.of(open))).contains(at("2026-11-30T09:30"));
        assertThat(calendar.elapsed(at("2026-11-30T08:30"), at("2026-12-04T08:30"), List.of(open))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void warningsComeBeforeTheDeadlineInBusinessTime() {
        // 8 h limit from Friday 16:30, warn 2 h ahead: after 6 h = Friday 1 h, Monday morning 3.5 h, then 1.5 h after lunch
        assertThat(calendar.warnAt(at("2026-11-27T16:30"), Duration.ofHours(8), Duration.ofHours(2), List.of()))
                .contains(at("2026-11-30T15:00"));
        assertThat(calendar.warnAt(at("2026-11-27T16:30"), Duration.ofHours(1), Duration.ofHours(2), List.of()))
                .contains(at("2026-11-27T16:30"));
    }

    @Test
    void nightsAndHolidaysMoveANoticeToTheNextWorkingStart() {
        assertThat(calendar.nextWorkingInstant(at("2026-11-28T02:00"))).isEqualTo(at("2026-11-30T08:30"));
        assertThat(calendar.nextWorkingInstant(at("2026-11-30T12:30"))).isEqualTo(at("2026-11-30T13:30"));
        assertThat(calendar.nextWorkingInstant(at("2026-11-30T09:00"))).isEqualTo(at("2026-11-30T09:00"));
        assertThat(calendar.nextWorkingInstant(at("2026-10-02T10:00"))).isEqualTo(at("2026-10-08T08:30"));
    }

    @Test
    void aYearNotAnnouncedCountsWeekendsOnlyAndIsFlagged() {
        // 1 January 2027 is a Friday; 2027 is not in the table, so it counts as a working day
        assertThat(deadline("2026-12-31T17:00", Duration.ofHours(1))).isEqualTo(at("2027-01-01T09:00"));
        assertThat(calendar.unannouncedYears(at("2026-12-31T17:00"), at("2027-01-01T09:00"))).containsExactly(2027);
        assertThat(calendar.unannouncedYears(at("2026-09-30T16:00"), at("2026-10-08T16:30"))).isEmpty();
    }

    @Test
    void badHoursAreRefusedWithTheText() {
        assertThatThrownBy(() -> DailyHours.parse("08:30-12:00,11:00-17:30")).hasMessageContaining("overlap");
        assertThatThrownBy(() -> DailyHours.parse("8.30 to 5")).hasMessageContaining("'8.30 to 5'");
        assertThatThrownBy(() -> DailyHours.parse("17:30-08:30")).hasMessageContaining("ends after it starts");
        assertThat(DailyHours.parse("08:30-12:00, 13:30-17:30").perDay()).isEqualTo(Duration.ofMinutes(450));
    }
}
