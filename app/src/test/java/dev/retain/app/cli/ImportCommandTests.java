package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.customer.ImportRun;
import dev.retain.app.customer.ImportService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code retain import DIR}: its summary and its exit codes 0 (loaded), 1 (with rejects), 2 (failed, nothing kept). */
@RetainWebTest
class ImportCommandTests {

    private static final String HEADER = "msisdn,name,region,brand,join_date\n";

    @Autowired ImportService imports;
    @TempDir Path tmp;

    record Result(int code, String out, String err) {
    }

    private Result report(Path dir, double maxRejectRate) {
        ImportRun run = imports.importFrom(dir, ImportCommand.USER, ImportService.CLI, maxRejectRate);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportCommand.report(run, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path subscribers(Path dir, String rows) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("subscribers.csv"), HEADER + rows);
        return dir;
    }

    @Test
    void aCleanImportExitsZeroWithASummaryPerFile() throws Exception {
        Path dir = subscribers(tmp.resolve("ok"), "13930100001,A,hz,gotone,2020-01-01\n13930100002,B,hz,mzone,2020-01-01\n");
        Result r = report(dir, 0.01);
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).containsPattern("subscribers.csv +2 read +2 loaded +0 rejected")
                .containsPattern("import \\d+ succeeded: 2 rows read, 2 loaded, 0 rejected in [0-9.]+ s \\([0-9,]+ rows/s\\)");
    }

    @Test
    void rejectedRowsUnderTheThresholdExitOne() throws Exception {
        Path dir = subscribers(tmp.resolve("some"), "13930200001,A,hz,gotone,2020-01-01\n13930200002,B,hz,nobrand,2020-01-01\n");
        Result r = report(dir, 0.5);
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).containsPattern("subscribers.csv +2 read +1 loaded +1 rejected").contains("rejects.csv");
    }

    @Test
    void aFailedImportExitsTwoAndSaysWhy() throws Exception {
        Path dir = subscribers(tmp.resolve("bad"), "13930300001,A,hz,gotone,2020-01-01\n13930300002,B,hz,nobrand,2020-01-01\n");
        Result r = report(dir, 0.01);
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("subscribers.csv: 1 of 2 rows rejected", "line 3, column brand", "nothing of this import was kept");
    }

    @Test
    void theCommandLineStartsTheApplicationWithoutTheWebServerAndImports() throws Exception {
        Path dir = subscribers(tmp.resolve("cli"), "13930400001,A,hz,gotone,2020-01-01\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RetainCommandLine.run(new String[] {"import", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("import \\d+ succeeded: 1 rows read, 1 loaded");
    }

    @Test
    void wrongUsageAndAMissingFolderAreRefusedBeforeAnythingStarts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(RetainCommandLine.run(new String[] {"import"}, System.out, e)).isEqualTo(64);
        assertThat(RetainCommandLine.run(new String[] {"import", tmp.resolve("nowhere").toString()}, System.out, e)).isEqualTo(2);
        assertThat(RetainCommandLine.run(new String[] {"import", tmp.toString(), "--max-reject-rate", "lots"}, System.out, e)).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the folder to import is required", "input folder not found",
                "--max-reject-rate must be a share");
    }
}
