package dev.retain.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsTests {

    @TempDir Path dir;

    @Test
    void theReportFolderIsMadeWhenTheFirstRejectArrives() throws Exception {
        Path reports = dir.resolve("reports");
        Rejects rejects = new Rejects("subscribers.csv", reports);
        assertThat(reports).doesNotExist();
        rejects.add(7, "msisdn", "not an MSISDN", "abc,def");
        rejects.close();
        assertThat(Files.readAllLines(reports.resolve("subscribers.csv.rejects.csv")))
                .hasSize(2).last().asString().startsWith("subscribers.csv,7,msisdn,not an MSISDN,");
    }
}
