package dev.retain.app.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), SHANGHAI);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aNightOverMidnightEndsTheNextMorningBeforeMidnightAndTheSameMorningAfter() {
        assertThat(NIGHT.endAfter(at("2026-03-04T20:59:59"))).isEmpty();
        assertThat(NIGHT.endAfter(at("2026-03-04T21:00"))).contains(at("2026-03-05T08:00"));
        assertThat(NIGHT.endAfter(at("2026-03-04T23:59:59"))).contains(at("2026-03-05T08:00"));
        assertThat(NIGHT.endAfter(at("2026-03-05T00:00"))).contains(at("2026-03-05T08:00"));
        assertThat(NIGHT.endAfter(at("2026-03-05T07:59:59"))).contains(at("2026-03-05T08:00"));
        assertThat(NIGHT.endAfter(at("2026-03-05T08:00"))).isEmpty();
        // across a month's and a year's end
        assertThat(NIGHT.endAfter(at("2026-12-31T22:00"))).contains(at("2027-01-01T08:00"));
    }

    @Test
    void theZoneDecidesNotTheServers() {
        // 14:00 UTC is 22:00 in Shanghai
        assertThat(NIGHT.endAfter(Instant.parse("2026-03-04T14:00:00Z"))).contains(Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(NIGHT.endAfter(Instant.parse("2026-03-04T12:59:00Z"))).isEmpty();
    }

    @Test
    void aDaytimeWindowAndNoWindow() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), SHANGHAI);
        assertThat(lunch.endAfter(at("2026-03-04T12:30"))).contains(at("2026-03-04T14:00"));
        assertThat(lunch.endAfter(at("2026-03-04T14:00"))).isEmpty();
        assertThat(lunch.endAfter(at("2026-03-04T11:59"))).isEmpty();
        assertThat(new QuietHours(LocalTime.of(8, 0), LocalTime.of(8, 0), SHANGHAI).endAfter(at("2026-03-04T03:00"))).isEqualTo(Optional.empty());
    }
}
