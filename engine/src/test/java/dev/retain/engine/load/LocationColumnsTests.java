package dev.retain.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** subscribers.csv's optional location columns (issue 13): address, lat and lon, both coordinates or neither. */
class LocationColumnsTests extends LoaderTestSupport {

    private static final String COLUMNS = "address,lat,lon";
    private static final String ROW = SUBSCRIBER_COLUMNS;

    private final List<SubscriberRecord> rows = new ArrayList<>();

    private List<String> read(String... lines) throws IOException {
        return readSubscribers(COLUMNS, rows, lines);
    }

    @Test
    void addressAndCoordinatesAreReadAndBadOnesRejectedWithLineAndColumn() throws IOException {
        List<String> rejects = read(
                "13800000001" + ROW + "浙江省杭州市西湖区文三路90号,30.2741,120.1551",   // 2
                "13800000002" + ROW + ",,",                                              // 3 all empty
                "13800000003" + ROW + "杭州市上城区,,",                                    // 4 an address without coordinates
                "13800000004" + ROW + ",30.27,",                                         // 5 lat without lon
                "13800000005" + ROW + ",,120.15",                                        // 6 lon without lat
                "13800000006" + ROW + ",91.0,120.15",                                    // 7 out of range
                "13800000007" + ROW + ",30.27,east",                                     // 8 not a number
                "13800000008" + ROW + ",-33.8688,151.2093",                              // 9 southern hemisphere
                "13800000009" + ROW + ",30.27,1e2");                                     // 10 no exponents
        assertThat(rejects).containsExactly(
                "5|lon|lat and lon come together: lon is empty but lat is not",
                "6|lat|lat and lon come together: lat is empty but lon is not",
                "7|lat|outside -90…90 degrees: 91.0",
                "8|lon|not decimal degrees: 'east'",
                "10|lon|not decimal degrees: '1e2'");
        assertThat(rows).extracting(SubscriberRecord::msisdn).containsExactly("13800000001", "13800000002", "13800000003", "13800000008");
        assertThat(rows).extracting(SubscriberRecord::address).containsExactly("浙江省杭州市西湖区文三路90号", null, "杭州市上城区", null);
        assertThat(rows).extracting(SubscriberRecord::lat).containsExactly(30.2741, null, null, -33.8688);
        assertThat(rows).extracting(SubscriberRecord::lon).containsExactly(120.1551, null, null, 151.2093);
    }

    @Test
    void aFileWithoutTheColumnsLoadsAsBefore() throws IOException {
        assertThat(readSubscribers(null, rows, "13800000001")).isEmpty();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.address()).isNull();
            assertThat(r.lat()).isNull();
            assertThat(r.lon()).isNull();
        });
    }
}
