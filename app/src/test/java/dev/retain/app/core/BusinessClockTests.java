package dev.retain.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A pinned instant near midnight UTC: the business zone decides which day it is. */
class BusinessClockTests {

    /** 16:30 UTC on 31 October is half past midnight on 1 November in Shanghai. */
    static final Instant NEAR_MIDNIGHT_UTC = Instant.parse("2026-10-31T16:30:00Z");

    @Test
    void todayIsTheBusinessZonesDateNotTheServers() {
        BusinessClock clock = new BusinessClock(InstantSource.fixed(NEAR_MIDNIGHT_UTC), BusinessClock.DEFAULT_ZONE);

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).as("the server's date").isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(clock.instant()).isEqualTo(NEAR_MIDNIGHT_UTC);
    }

    @Test
    void aNewZoneAppliesAtOnceAndWithZoneKeepsTheInstants() {
        BusinessClock clock = new BusinessClock(InstantSource.fixed(NEAR_MIDNIGHT_UTC), BusinessClock.DEFAULT_ZONE);
        clock.useZone(ZoneId.of("UTC"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(clock.withZone(ZoneId.of("Asia/Tokyo")).instant()).isEqualTo(NEAR_MIDNIGHT_UTC);
        assertThat(clock.getZone()).as("withZone leaves the business clock alone").isEqualTo(ZoneId.of("UTC"));
    }
}
