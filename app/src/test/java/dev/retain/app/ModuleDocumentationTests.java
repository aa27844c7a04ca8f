package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * docs/modules is Spring Modulith's own description of the modules (diagrams, one canvas per
 * module, all-docs.adoc), generated here from the code. The test writes the fresh files into
 * docs/modules and fails when they differed from what was there, so a change to the modules
 * shows up in the working tree for review and CI fails until it is committed.
 *
 * <p>The Documenter lists relationships and bean references in hash order, which changes from
 * run to run; each such list is sorted, so the same code always gives the same files.
 */
class ModuleDocumentationTests {

    /** app/ is the working directory under Maven; the repository's docs/ is one level up. */
    private static final Path COMMITTED = Path.of("..", "docs", "modules");

    @Test
    void docsModulesDescribeTheModulesAsTheyAre() throws IOException {
        Path fresh = Files.createTempDirectory("module-docs");
        try {
            new Documenter(ApplicationModules.of(RetainApplication.class),
                    Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                    .writeDocumentation();
            Map<String, String> generated = contents(fresh);
            Map<String, String> committed = contents(COMMITTED);
            if (!generated.equals(committed)) {
                FileSystemUtils.deleteRecursively(COMMITTED);
                Files.createDirectories(COMMITTED);
                for (Map.Entry<String, String> file : generated.entrySet()) {
                    Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
                }
            }
            assertThat(committed).as("docs/modules was stale and has been regenerated: review and commit it")
                    .isEqualTo(generated);
        } finally {
            FileSystemUtils.deleteRecursively(fresh);
        }
    }

    /**
     * The text with each run of list lines sorted: PlantUML's {@code Rel(…)} and {@code Component(…)}
     * lines, and the Asciidoc bullets of a canvas cell (the first one carries the cell's "|").
     */
    static String sortedLists(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = 0;
        while (i < lines.size()) {
            String kind = listKind(lines.get(i));
            if (kind == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && kind.equals(listKind(lines.get(end))) && !lines.get(end).startsWith("|")) end++;
            boolean cell = lines.get(i).startsWith("|");
            List<String> run = new ArrayList<>(lines.subList(i, end));
            if (cell) run.set(0, run.get(0).substring(1));
            Collections.sort(run);
            if (cell) run.set(0, "|" + run.get(0));
            for (int k = 0; k < run.size(); k++) lines.set(i + k, run.get(k));
            i = end;
        }
        return String.join("\n", lines);
    }

    private static String listKind(String line) {
        String l = line.startsWith("|") ? line.substring(1) : line;
        if (l.startsWith("* `")) return "bullet";
        if (line.startsWith("Rel(")) return "rel";
        if (line.stripLeading().startsWith("Component(")) return "component";
        return null;
    }

    /** File name → text, for the files directly in {@code dir} (empty when it does not exist). */
    private static Map<String, String> contents(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) return files;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                files.put(f.getFileName().toString(), sortedLists(Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
