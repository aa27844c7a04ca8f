package dev.retain.app.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void doublesFromTheFirstWaitUpToTheLongest() {
        assertThat(backoff.after(1, null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2, null)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(7, null)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(backoff.after(8, null)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(100, null)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void neverSoonerThanTheGatewayAsked() {
        assertThat(backoff.after(1, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(3, Duration.ofSeconds(1))).isEqualTo(Duration.ofMinutes(2));
    }
}
