package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * subscribers.csv's optional address, lat and lon (issue 13): imported into the subscriber's V2_6
 * columns, bad values rejected with file, line and column, a re-import changes nothing.
 */
@RetainWebTest
class LocationColumnsImportTests {

    private static final String COLUMNS = "address,lat,lon";

    @Autowired ImportService imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    private Map<String, Object> location(String msisdn) {
        return jdbc.sql("select address, lat, lon from subscriber where msisdn = ?").param(msisdn).query().singleRow();
    }

    @Test
    void addressAndCoordinatesAreImportedAndBadValuesRejectedWithLineAndColumn() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("location"));
        SmallProvince.writeSubscribersWith(dir, COLUMNS, "hangzhou-xihu", List.of(
                "13972000001,浙江省杭州市西湖区文三路90号3幢2单元501室,30.274100,120.155100", // 2
                "13972000002,,,",                                                        // 3 unknown
                "13972000003,,30.27,",                                                   // 4 lat alone
                "13972000004,,30.27,190"));                                              // 5 out of range

        ImportRun run = imports.importFrom(dir, "tester", ImportService.CLI, 0.5);

        assertThat(run.status()).as(run.message()).isEqualTo(ImportRun.SUCCEEDED);
        assertThat(run.files()).contains(new ImportFileCounts("subscribers.csv", 4, 2, 2));
        StringWriter rejects = new StringWriter();
        imports.writeRejects(run.id(), rejects);
        assertThat(rejects.toString())
                .contains("subscribers.csv,4,lon,lat and lon come together: lon is empty but lat is not")
                .contains("subscribers.csv,5,lon,outside -180…180 degrees: 190");
        assertThat(location("13972000001")).containsEntry("address", "浙江省杭州市西湖区文三路90号3幢2单元501室")
                .containsEntry("lat", 30.2741).containsEntry("lon", 120.1551);
        Map<String, Object> unknown = location("13972000002");
        assertThat(unknown.get("address")).isNull();
        assertThat(unknown.get("lat")).isNull();
        assertThat(unknown.get("lon")).isNull();

        ImportRun again = imports.importFrom(dir, "tester", ImportService.CLI, 0.5);
        assertThat(again.succeeded()).isTrue();
        assertThat(location("13972000001")).containsEntry("lat", 30.2741);
        assertThat(jdbc.sql("select count(*) from subscriber where msisdn like '1397200000%'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aLaterExportWithoutTheColumnsClearsTheLocation() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("with"));
        SmallProvince.writeSubscribersWith(first, COLUMNS, "hangzhou-xihu", List.of("13972000011,杭州市西湖区,30.27,120.15"));
        assertThat(imports.importFrom(first, "tester", ImportService.CLI, 0.0).succeeded()).isTrue();
        Path second = Files.createDirectories(tmp.resolve("without"));
        SmallProvince.writeSubscribers(second, List.of("13972000011,Name,F,1980-01-01,false,hangzhou,hangzhou-xihu,gotone,gold,,2015-01-01,,,,0,,true,false"));
        assertThat(imports.importFrom(second, "tester", ImportService.CLI, 0.0).succeeded()).isTrue();
        assertThat(location("13972000011").get("lat")).as("the export is the customer's state").isNull();
    }
}
