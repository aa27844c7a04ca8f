package dev.retain.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@code retain.today}: the business day starts on the date given and time runs on from there. */
class TodaySetForADemoTests {

    /** 16:30 UTC on 31 October is half past midnight on 1 November in Shanghai. */
    static final Instant NEAR_MIDNIGHT_UTC = Instant.parse("2026-10-31T16:30:00Z");

    @Test
    void theDayIsTheOneGivenInTheBusinessZoneAndTheTimeOfDayIsTheSystems() {
        InstantSource moved = BusinessClock.startingOn(LocalDate.of(2027, 3, 15), BusinessClock.DEFAULT_ZONE,
                InstantSource.fixed(NEAR_MIDNIGHT_UTC));
        BusinessClock clock = new BusinessClock(moved, BusinessClock.DEFAULT_ZONE);

        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(LocalTime.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"))).isEqualTo(LocalTime.of(0, 30));
    }

    @Test
    void timeRunsOnFromTheDayGiven() {
        Instant[] now = {NEAR_MIDNIGHT_UTC};
        InstantSource moved = BusinessClock.startingOn(LocalDate.of(2026, 11, 15), BusinessClock.DEFAULT_ZONE, () -> now[0]);
        Instant first = moved.instant();
        now[0] = now[0].plus(Duration.ofHours(30));
        assertThat(Duration.between(first, moved.instant())).isEqualTo(Duration.ofHours(30));
        assertThat(LocalDate.ofInstant(moved.instant(), BusinessClock.DEFAULT_ZONE)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void theApplicationsClockBeanTakesRetainToday() {
        ClockConfiguration configuration = new ClockConfiguration();
        assertThat(configuration.clock("2026-11-15").today()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(configuration.clock("").today()).as("empty: the real date")
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> configuration.clock("15.11.2026"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RETAIN_TODAY");
    }
}
