package dev.retain.engine.load;

import static dev.retain.engine.fixtures.ProvinceFiles.SUBSCRIBERS_HEADER;
import static dev.retain.engine.fixtures.ProvinceFiles.USAGE_HEADER;
import static dev.retain.engine.fixtures.ProvinceFiles.writeBytes;
import static dev.retain.engine.fixtures.ProvinceFiles.writeText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.fixtures.Table;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Manager;
import dev.retain.engine.value.Tier;
import dev.retain.engine.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file failures: empty, header only, missing columns or files, and the reject threshold (docs/data-formats.md). */
class ProvinceFileFailureTests extends LoaderTestSupport {

    // ------------------------------------------------------------------ whole-file failures

    @Test
    void anEmptySubscribersFileFailsNamingTheFile() throws IOException {
        writeBytes(in().resolve("subscribers.csv"), new byte[0]);
        writeText(in().resolve("usage_monthly.csv"), USAGE_HEADER + "\n");
        InputFileException e = catchThrowableOfType(InputFileException.class, () -> load(1.0));
        assertThat(e.file()).isEqualTo("subscribers.csv");
        assertThat(e.getMessage()).startsWith("subscribers.csv: ").contains("empty");
    }

    @Test
    void anEmptyUsageFileFailsNamingTheFile() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001"));
        writeBytes(in().resolve("usage_monthly.csv"), new byte[0]);
        InputFileException e = catchThrowableOfType(InputFileException.class, () -> load(1.0));
        assertThat(e.file()).isEqualTo("usage_monthly.csv");
        assertThat(e.getMessage()).contains("empty");
    }

    @Test
    void subscribersWithOnlyAHeaderFail() throws IOException {
        writeText(in().resolve("subscribers.csv"), SUBSCRIBERS_HEADER + "\n");
        writeText(in().resolve("usage_monthly.csv"), USAGE_HEADER + "\n");
        InputFileException e = catchThrowableOfType(InputFileException.class, () -> load(1.0));
        assertThat(e.file()).isEqualTo("subscribers.csv");
        assertThat(e.getMessage()).contains("no valid subscriber rows");
    }

    @Test
    void optionalFilesWithOnlyAHeaderLoadEmpty() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001"));
        writeText(in().resolve("usage_monthly.csv"), USAGE_HEADER + "\n");
        writeText(in().resolve("managers.csv"), dev.retain.engine.fixtures.ProvinceFiles.MANAGERS_HEADER + "\n");
        writeText(in().resolve("groups.csv"), dev.retain.engine.fixtures.ProvinceFiles.GROUPS_HEADER + "\n");
        Province p = load(0.01);
        assertThat(p.managers()).isEmpty();
        assertThat(p.groups()).isEmpty();
        assertThat(p.usage().month(OCT).rows()).isZero();
        assertThat(loadOf(p, "managers.csv").rows()).isZero();
    }

    @Test
    void aMissingRequiredColumnFailsNamingFileAndColumn() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001"));
        writeText(in().resolve("usage_monthly.csv"), "msisdn,month,bill,mou_out,data_mb,sms\n13800000001,2026-10,1,1,1,1\n");
        assertThatThrownBy(() -> load(1.0))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("usage_monthly.csv: missing required column state");
    }

    @Test
    void severalMissingColumnsAreAllNamed() throws IOException {
        writeText(in().resolve("subscribers.csv"), "msisdn,name,brand\n13800000001,A,gotone\n");
        writeText(in().resolve("usage_monthly.csv"), USAGE_HEADER + "\n");
        assertThatThrownBy(() -> load(1.0))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("subscribers.csv")
                .hasMessageContaining("region")
                .hasMessageContaining("join_date");
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndUnknownColumnsAreIgnored() throws IOException {
        writeText(in().resolve("subscribers.csv"), "Join_Date,extra,BRAND,region,name,msisdn\n2015-01-01,x,mzone,ningbo,A,13800000001\n");
        writeText(in().resolve("usage_monthly.csv"), "state,sms,data_mb,mou_out,bill,month,msisdn,note\nactive,1,2.5,301,188,2026-10,13800000001,hi\n");
        Province p = load(0.0);
        assertThat(p.subscribers().region(0)).isEqualTo("ningbo");
        assertThat(p.subscribers().brand(0)).isEqualTo(Brand.MZONE);
        assertThat(p.subscribers().minCommitFen(0)).as("optional min_commit absent: 0").isZero();
        assertThat(p.usage().month(OCT).billFen(0)).isEqualTo(18800);
        assertThat(p.usage().month(OCT).mouOut(0)).isEqualTo(301);
    }

    @Test
    void aMissingUsageFileFailsNamingIt() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001"));
        InputFileException e = catchThrowableOfType(InputFileException.class, () -> load(1.0));
        assertThat(e.file()).isEqualTo("usage_monthly.csv");
        assertThat(e.getMessage()).contains("not found");
    }

    @Test
    void anUnreadableFileFailsNamingIt() throws IOException {
        Files.createDirectories(in().resolve("subscribers.csv")); // a folder where a file should be
        writeText(in().resolve("usage_monthly.csv"), USAGE_HEADER + "\n");
        InputFileException e = catchThrowableOfType(InputFileException.class, () -> load(1.0));
        assertThat(e.file()).isEqualTo("subscribers.csv");
        assertThat(e.getMessage()).contains("cannot read");
    }

    @Test
    void aMissingInputFolderFails() {
        assertThatThrownBy(() -> new ProvinceLoader(tmp.resolve("nowhere"), tmp, 0.01, Progress.NONE).load(CYCLE_MONTHS, OCT))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("nowhere");
    }

    // ------------------------------------------------------------------ the reject threshold

    void usageWithBadRows(int good, int bad) {
        List<String> ids = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < good + bad; i++) {
            String m = String.format("138%08d", i);
            ids.add(m);
            rows.add(i < bad ? m + ",2026-10,abc,1,1,1,active" : m + ",2026-10,100.00,1,1,1,active");
        }
        writeText(in().resolve("subscribers.csv"), subs(ids.toArray(String[]::new)));
        writeText(in().resolve("usage_monthly.csv"), usage(rows.toArray(String[]::new)));
    }

    @Test
    void rejectsAtTheThresholdAreTolerated() throws IOException {
        usageWithBadRows(99, 1); // 1 of 100 = 1 %, not more than 1 %
        Province p = load(0.01);
        assertThat(p.usage().month(OCT).rows()).isEqualTo(99);
        assertThat(rejects("usage_monthly.csv")).hasSize(1);
    }

    @Test
    void rejectsOverTheThresholdFailTheFileAndStillLeaveTheReport() throws IOException {
        usageWithBadRows(98, 2); // 2 %
        InputFileException e = catchThrowableOfType(InputFileException.class, () -> load(0.01));
        assertThat(e.file()).isEqualTo("usage_monthly.csv");
        assertThat(e.getMessage()).contains("2 of 100 rows rejected").contains("usage_monthly.csv.rejects.csv");
        assertThat(rejects("usage_monthly.csv")).satisfiesExactly(
                r -> assertThat(r).startsWith("2|bill|"),
                r -> assertThat(r).startsWith("3|bill|"));
    }

    @Test
    void aZeroThresholdFailsOnTheFirstReject() throws IOException {
        usageWithBadRows(500, 1);
        assertThatThrownBy(() -> load(0.0)).isInstanceOf(InputFileException.class).hasMessageContaining("1 of 501");
    }

}
