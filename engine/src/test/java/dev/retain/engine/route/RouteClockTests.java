package dev.retain.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lunch rule of {@link RouteClock}: free in a wait, forced before a visit that would run past its latest start, else at the end. */
class RouteClockTests {

    private static final Break LUNCH = new Break(180, 270, 60);

    @Test
    void withoutLunchServiceStartsAtArrivalOrReadyTime() {
        Stop early = new Stop("e", new Point(0, 0), 100, 200, 30, 0);
        RouteClock.Leg leg = RouteClock.toStop(null, false, 50, 10, early);
        assertThat(leg.lunchOnThisLeg()).isFalse();
        assertThat(leg.arrival()).isEqualTo(60);
        assertThat(leg.start()).isEqualTo(100);
        assertThat(leg.end()).isEqualTo(130);
    }

    @Test
    void lunchIsPutOffWhenItWouldDelayAVisitThatEndsInTime() {
        Stop s = new Stop("s", new Point(0, 0), 0, 500, 30, 0);
        RouteClock.Leg leg = RouteClock.toStop(LUNCH, false, 170, 10, s);
        assertThat(leg.lunchOnThisLeg()).isFalse();
        assertThat(leg.lunchBehind()).isFalse();
        assertThat(leg.start()).isEqualTo(180);
    }

    @Test
    void lunchAfterTheLastVisitIsTakenAtTheEndPointAndEndsTheDay() {
        RouteClock.Return back = RouteClock.toEnd(LUNCH, false, 150, 20);
        assertThat(back.arrival()).isEqualTo(170);
        assertThat(back.lunchStart()).isEqualTo(180);
        assertThat(back.endTime()).isEqualTo(240);
    }

    @Test
    void whenTheDriveBackWouldBeTooLateLunchComesBeforeIt() {
        RouteClock.Return back = RouteClock.toEnd(LUNCH, false, 260, 20);
        assertThat(back.lunchStart()).isEqualTo(260);
        assertThat(back.arrival()).isEqualTo(340);
        assertThat(back.endTime()).isEqualTo(340);
    }

    @Test
    void lunchAlreadyTakenChangesNothing() {
        RouteClock.Return back = RouteClock.toEnd(LUNCH, true, 150, 20);
        assertThat(back.lunchOnThisLeg()).isFalse();
        assertThat(back.endTime()).isEqualTo(170);
    }
}
