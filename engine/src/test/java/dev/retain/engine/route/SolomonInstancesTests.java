package dev.retain.engine.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The standard Solomon text format, read from the instances the bench ships, and refused with file, line and field when wrong. */
class SolomonInstancesTests {

    /** The bench module keeps the instance files; tests run from the engine module's directory. */
    static RouteProblem instance(String name) throws IOException {
        Path path = Path.of("..", "bench", "src", "main", "resources", "solomon", name + ".txt");
        assertThat(path).as("Solomon instance %s (bench/src/main/resources/solomon)", name).exists();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.US_ASCII)) {
            return SolomonInstances.parse(r, path.toString());
        }
    }

    @Test
    void c101HasTwentyFiveVehiclesOfTwoHundredAndAHundredCustomers() throws IOException {
        RouteProblem c101 = instance("C101");
        assertThat(c101.shifts()).hasSize(25).allSatisfy(s -> {
            assertThat(s.capacity()).isEqualTo(200);
            assertThat(s.start()).isEqualTo(new Point(40, 50));
            assertThat(s.open()).isZero();
            assertThat(s.close()).isEqualTo(1236);
            assertThat(s.lunch()).isEmpty();
        });
        assertThat(c101.stops()).hasSize(100);
        assertThat(c101.stops().get(0)).isEqualTo(new Stop("1", new Point(45, 68), 912, 967, 90, 10));
        assertThat(c101.stops().get(99)).isEqualTo(new Stop("100", new Point(55, 85), 647, 726, 90, 20));
        assertThat(c101.travel().between(new Point(0, 0), new Point(3, 4))).isEqualTo(5.0);
    }

    @Test
    void r201HasLongerDaysAndCapacityOfAThousand() throws IOException {
        RouteProblem r201 = instance("R201");
        assertThat(r201.shifts()).hasSize(25).allSatisfy(s -> assertThat(s.capacity()).isEqualTo(1000));
        assertThat(r201.shifts().get(0).close()).isEqualTo(1000);
        assertThat(r201.stops()).hasSize(100);
    }

    @Test
    void aBadNumberIsRefusedWithFileLineAndField() {
        String text = """
                BAD1

                VEHICLE
                NUMBER     CAPACITY
                  2         200

                CUSTOMER
                CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE TIME

                    0      40         50          0          0       1236          0
                    1      45         6x         10        912        967         90
                """;
        assertThatThrownBy(() -> SolomonInstances.parse(new StringReader(text), "bad1.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad1.txt line 11, YCOORD.: '6x' is not a number");
    }

    @Test
    void aShortRowAndAMissingFleetAreRefused() {
        String shortRow = "X\nVEHICLE\nNUMBER CAPACITY\n1 10\nCUSTOMER\nCUST NO. ...\n0 0 0 0 0 100 0\n1 1 1 1 0 50\n";
        assertThatThrownBy(() -> SolomonInstances.parse(new StringReader(shortRow), "short.txt"))
                .hasMessage("short.txt line 8, CUSTOMER: expected 7 columns, got 6: '1 1 1 1 0 50'");
        String window = "X\nVEHICLE\nNUMBER CAPACITY\n1 10\nCUSTOMER\n0 0 0 0 0 100 0\n1 1 1 1 60 50 0\n";
        assertThatThrownBy(() -> SolomonInstances.parse(new StringReader(window), "window.txt"))
                .hasMessage("window.txt line 7, DUE DATE: 50.0 is before READY TIME 60.0");
        assertThatThrownBy(() -> SolomonInstances.parse(new StringReader("X\nCUSTOMER\n0 0 0 0 0 100 0\n"), "nofleet.txt"))
                .hasMessage("nofleet.txt: no VEHICLE section with NUMBER and CAPACITY");
    }
}
