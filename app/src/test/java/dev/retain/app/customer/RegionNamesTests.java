package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** regions.csv imported like the other reference files, and {@link RegionNames} answering in a page's language. Codes rnt-*. */
@RetainWebTest
class RegionNamesTests {

    @Autowired ImportService imports;
    @Autowired RegionNames names;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    private ImportRun importNames(String rows) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("names"));
        Files.writeString(dir.resolve("regions.csv"), "region,branch,name_zh,name_en\n" + rows);
        return imports.importFrom(dir, "tester", ImportService.CLI, 0.5);
    }

    @Test
    void theNamesAreImportedValidatedAndShownInThePagesLanguageWithTheCodeAsFallback() throws Exception {
        ImportRun run = importNames("""
                rnt-city,,测试市,Test City
                rnt-city,rnt-city-east,东区,East District
                rnt-city,rnt-city-east,东城区,East Town
                rnt-city,rnt-city-west,,West District
                """);

        assertThat(run.status()).as(run.message()).isEqualTo(ImportRun.SUCCEEDED);
        assertThat(run.files()).containsExactly(new ImportFileCounts("regions.csv", 4, 2, 2));
        StringWriter rejects = new StringWriter();
        imports.writeRejects(run.id(), rejects);
        assertThat(rejects.toString()).contains("regions.csv,4,\"region,branch\",\"duplicate key (region, branch) = (rnt-city, rnt-city-east)")
                .contains("regions.csv,5,name_zh,required field is empty");
        assertThat(jdbc.sql("select branch from region_name where region = 'rnt-city' order by branch").query(String.class).list())
                .as("the region's own row has the empty branch").containsExactly("", "rnt-city-east");

        assertThat(names.region("rnt-city", Locale.SIMPLIFIED_CHINESE)).isEqualTo("测试市");
        assertThat(names.region("rnt-city", Locale.ENGLISH)).isEqualTo("Test City");
        assertThat(names.branch("rnt-city", "rnt-city-east", Locale.CHINESE)).isEqualTo("东区");
        assertThat(names.branch("rnt-city", "rnt-city-east", Locale.UK)).isEqualTo("East District");
        assertThat(names.place("rnt-city", "rnt-city-east", Locale.SIMPLIFIED_CHINESE)).isEqualTo("测试市 / 东区");
        assertThat(names.place("rnt-city", null, Locale.ENGLISH)).isEqualTo("Test City / —");
        assertThat(names.branch("rnt-city", "rnt-city-west", Locale.ENGLISH)).as("no name: the code").isEqualTo("rnt-city-west");
        assertThat(names.region("rnt-nowhere", Locale.SIMPLIFIED_CHINESE)).isEqualTo("rnt-nowhere");
        assertThat(names.region(null, Locale.ENGLISH)).isNull();
    }

    @Test
    void aLaterImportChangesANameAndThePagesSeeItAtOnce() throws Exception {
        assertThat(importNames("rnt-town,,旧名,Old Name\n").succeeded()).isTrue();
        assertThat(names.region("rnt-town", Locale.ENGLISH)).isEqualTo("Old Name");

        assertThat(importNames("rnt-town,,新名,New Name\n").succeeded()).isTrue();

        assertThat(names.region("rnt-town", Locale.SIMPLIFIED_CHINESE)).isEqualTo("新名");
        assertThat(names.region("rnt-town", Locale.ENGLISH)).isEqualTo("New Name");
    }
}
