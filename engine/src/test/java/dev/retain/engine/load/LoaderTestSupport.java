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
import org.junit.jupiter.api.io.TempDir;

/** What the loader tests share: a temporary input folder, row builders, the rejects report read back. */
abstract class LoaderTestSupport {

    static final YearMonth OCT = YearMonth.of(2026, 10);
    static final YearMonth SEP = YearMonth.of(2026, 9);
    static final YearMonth AUG = YearMonth.of(2026, 8);
    static final List<YearMonth> CYCLE_MONTHS = List.of(OCT, SEP, AUG);

    @TempDir
    Path tmp;

    Path in() {
        return tmp.resolve("in");
    }

    Path report() {
        return tmp.resolve("report");
    }

    Province load(double maxRejectRate) throws IOException {
        Files.createDirectories(report());
        return new ProvinceLoader(in(), report(), maxRejectRate, Progress.NONE).load(CYCLE_MONTHS, OCT);
    }

    static String sub(String msisdn) {
        return msisdn + ",Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false";
    }

    static String subs(String... msisdns) {
        StringBuilder sb = new StringBuilder(SUBSCRIBERS_HEADER).append('\n');
        for (String m : msisdns) sb.append(sub(m)).append('\n');
        return sb.toString();
    }

    static String usage(String... rows) {
        return USAGE_HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    /** A subscriber row's columns after the number, up to the optional ones a test appends. */
    static final String SUBSCRIBER_COLUMNS = ",Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false,";

    /**
     * Reads subscribers.csv with {@code optionalColumns} after the contract's (null: none) into {@code rows},
     * every row kept (reject rate 1.0); the rejects as "line|column|reason", none when the file had none.
     */
    List<String> readSubscribers(String optionalColumns, List<SubscriberRecord> rows, String... lines) throws IOException {
        String content = optionalColumns == null ? subs(lines)
                : SUBSCRIBERS_HEADER + "," + optionalColumns + "\n" + String.join("\n", lines) + "\n";
        Path file = writeText(in().resolve("subscribers.csv"), content);
        Files.createDirectories(report());
        new ContractFileReader(report(), 1.0).read(file, ContractColumns.SUBSCRIBER_REQUIRED,
                new SubscriberParser((row, line) -> rows.add(row), id -> true, id -> true), null);
        return Files.exists(report().resolve("subscribers.csv.rejects.csv")) ? rejects("subscribers.csv") : List.of();
    }

    /** Each reject as "line|column|reason". */
    List<String> rejects(String file) {
        Path path = report().resolve(file + ".rejects.csv");
        assertThat(path).as("rejects report of " + file).isRegularFile();
        Table t = Table.read(path);
        assertThat(t.header()).containsExactly("file", "line", "column", "reason", "raw");
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : t.rows()) {
            assertThat(r.get("file")).isEqualTo(file);
            out.add(r.get("line") + "|" + r.get("column") + "|" + r.get("reason"));
        }
        return out;
    }

    static FileLoad loadOf(Province p, String file) {
        return p.loads().stream().filter(l -> l.file().equals(file)).findFirst().orElseThrow();
    }
}
