package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible text exists in both languages: each module's English bundle and its zh-CN bundle have the same keys. */
class MessageBundlesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        List<Path> english;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            english = files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_zh_CN.properties")).sorted().toList();
        }
        assertThat(english).hasSizeGreaterThanOrEqualTo(9);
        for (Path en : english) {
            Path zh = en.resolveSibling(en.getFileName().toString().replace(".properties", "_zh_CN.properties"));
            assertThat(load(zh).stringPropertyNames()).as(zh.getFileName() + " against " + en.getFileName())
                    .containsExactlyInAnyOrderElementsOf(load(en).stringPropertyNames());
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
