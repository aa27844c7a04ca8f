package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.cli.RetainCommandLineTests.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's `retain model evaluate` example runs as printed, from the repository alone (a fresh clone). */
class ReadmeExampleTests {

    /** The repository root: the tests run in the app module's folder. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theModelEvaluateExampleWorksOnAFileInTheRepository() throws Exception {
        Matcher line = Pattern.compile("\\./retain (model evaluate [^#\\n]*)").matcher(Files.readString(ROOT.resolve("README.md")));
        assertThat(line.find()).as("README.md shows `./retain model evaluate`").isTrue();
        List<String> args = new ArrayList<>(List.of(line.group(1).trim().split("\\s+")));
        int csv = args.indexOf("--csv") + 1;
        Path file = ROOT.resolve(args.get(csv)).normalize();
        assertThat(file).as("the example's --csv").exists().startsWith(ROOT);
        args.set(csv, file.toString());

        Result r = RetainCommandLineTests.run(args.toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("XGBoost", "logistic baseline").containsPattern("evaluated 5 folds of 1,000 rows");
    }
}
