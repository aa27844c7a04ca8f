package dev.retain.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.csv.CsvReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partition key reads a line's field exactly as the engine's reader does, so every row of a subscriber meets in one partition. */
class SubscriberKeyTests {

    private static final List<String> LINES = List.of(
            "13800138000,2026-10,12.50",
            " 13800138000 ,x",
            "\"13800138000\",\"a, b\",c",
            "\"a \"\"quoted\"\" name\",13800138000",
            "\uFEFF13800138000,x",
            ",,",
            "\"\",x",
            "only",
            "\"unclosed,13800138000",
            "\"+8613800138000\"   ,\t13900139000\t");

    @Test
    void everyFieldReadsAsTheEngineReadsIt() throws Exception {
        for (String line : LINES) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            CsvReader reader = CsvReader.over(bytes, bytes.length);
            assertThat(reader.next()).isTrue();
            for (int column = 0; column < 4; column++) {
                assertThat(SubscriberKey.field(bytes, column)).as("%s, field %d", line, column)
                        .isEqualTo(reader.record().malformed() != null ? SubscriberKey.field(bytes, column) : reader.record().optionalText(column));
            }
        }
    }

    @Test
    void bothFormsOfANumberGoToOnePartition() {
        assertThat(SubscriberKey.partitionOf("+8613800138000", 7)).isEqualTo(SubscriberKey.partitionOf("13800138000", 7));
    }
}
