package dev.retain.engine.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Within a city the plane's distances are the haversine's (the route planner works on planar points). */
class LocalPlaneTests {

    @Test
    void acrossXiansCityTheFlatDistanceIsTheGreatCircleWithinHalfAPercent() {
        GeoPoint bellTower = new GeoPoint(34.2610, 108.9423);
        LocalPlane plane = new LocalPlane(bellTower);
        Random r = new Random(13);
        for (int i = 0; i < 500; i++) {
            GeoPoint a = new GeoPoint(34.26 + (r.nextDouble() - 0.5) * 0.3, 108.94 + (r.nextDouble() - 0.5) * 0.3);
            GeoPoint b = new GeoPoint(34.26 + (r.nextDouble() - 0.5) * 0.3, 108.94 + (r.nextDouble() - 0.5) * 0.3);
            double great = a.kmTo(b);
            assertThat(plane.km(a, b)).isCloseTo(great, within(Math.max(0.005 * great, 1e-6)));
        }
        // the bell tower to the Big Wild Goose Pagoda: about 5 km
        assertThat(bellTower.kmTo(new GeoPoint(34.2192, 108.9641))).isBetween(5.0, 5.3);
    }

    @Test
    void travelMinutesFollowTheDetourAndTheSpeed() {
        CitySpeed city = new CitySpeed(20, 1.3);
        assertThat(city.minutesFor(10)).isCloseTo(39.0, within(1e-9));
        assertThatThrownBy(() -> new CitySpeed(0, 1.3)).hasMessageContaining("kmPerHour");
        assertThatThrownBy(() -> new GeoPoint(91, 0)).hasMessageContaining("lat");
    }
}
