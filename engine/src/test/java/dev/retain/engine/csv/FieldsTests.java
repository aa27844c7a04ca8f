package dev.retain.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed reads of one field with the contract's rules (docs/data-formats.md "Conventions"). */
class FieldsTests {

    /** The first field of a record read by the engine's reader, so its bytes are exactly as in a file. */
    private static Fields field(String text) throws IOException {
        CsvReader reader = new CsvReader(new ByteArrayInputStream((text + ",end\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(reader.next()).isTrue();
        return new Fields(reader.record());
    }

    @ParameterizedTest
    @ValueSource(strings = {"188", "188.5", "188.50", "0", "0.01", "\"188.00\""})
    void moneyAcceptsUpToTwoDecimals(String text) throws Exception {
        long fen = field(text).money(0, "bill");
        assertThat(fen).isEqualTo(switch (text) {
            case "0" -> 0L;
            case "0.01" -> 1L;
            case "188.5", "188.50" -> 18850L;
            default -> 18800L;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-5", "-0.01", "188.", ".5", "188.001", "1e3", "+188", " 188", "１８８", "188 CNY"})
    void moneyRejectsEverythingElse(String text) {
        assertThatThrownBy(() -> field(text).money(0, "bill"))
                .isInstanceOf(FieldError.class)
                .satisfies(e -> assertThat(((FieldError) e).column()).isEqualTo("bill"));
    }

    @Test
    void anEmptyRequiredAmountSaysItIsEmpty() {
        assertThatThrownBy(() -> field("").money(0, "bill")).isInstanceOf(FieldError.class).hasMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "abc", "1.5", "1e3", "+5", "5 "})
    void countsAreWholeNumbersFromZero(String text) {
        assertThatThrownBy(() -> field(text).count(0, "mou_out")).isInstanceOf(FieldError.class).hasMessageContaining("whole number");
    }

    @Test
    void countsParse() throws Exception {
        assertThat(field("0").count(0, "sms")).isZero();
        assertThat(field("301").count(0, "sms")).isEqualTo(301);
    }

    @Test
    void decimalsParse() throws Exception {
        assertThat(field("2048.5").decimal(0, "data_mb")).isEqualTo(2048.5);
        assertThat(field("0").decimal(0, "data_mb")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "1E3", "-1", "NaN", "Infinity", "abc", "1.5.2"})
    void decimalsRejectExponentsSignsAndWords(String text) {
        assertThatThrownBy(() -> field(text).decimal(0, "data_mb")).isInstanceOf(FieldError.class).hasMessageContaining("decimal");
    }

    /**
     * data_mb is a "decimal ≥ 0, MB". Java's Double.parseDouble also takes a type suffix
     * (12f, 12d) and hexadecimal floating point (0x1p3 = 8.0); none of them is a decimal
     * number in a CSV export, and they must be rejected like "1e3" is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"12f", "12d", "12D", "0x1p3", "0x10p0"})
    void decimalsRejectJavaFloatingPointSyntax(String text) {
        assertThatThrownBy(() -> field(text).decimal(0, "data_mb"))
                .as("'" + text + "' is not a decimal number")
                .isInstanceOf(FieldError.class);
    }

    @Test
    void datesAreStrictIso() throws Exception {
        assertThat(field("2024-02-29").date(0, "join_date")).isEqualTo(LocalDate.of(2024, 2, 29));
        for (String bad : new String[] {"2026-02-30", "2025-02-29", "2026/01/01", "2026-1-1", "01-01-2026", "2026-13-01"}) {
            assertThatThrownBy(() -> field(bad).date(0, "join_date")).as(bad).isInstanceOf(FieldError.class).hasMessageContaining("YYYY-MM-DD");
        }
    }

    @Test
    void monthsAreYyyyMm() throws Exception {
        assertThat(field("2026-10").monthIndex(0)).isEqualTo(2026 * 12 + 9);
        assertThat(field("2026-01").monthIndex(0)).isEqualTo(2026 * 12);
        for (String bad : new String[] {"2026-13", "2026-00", "2026-1", "2026/10", "26-10", "2026-10-01", "abcd-10"}) {
            assertThat(field(bad).monthIndex(0)).as(bad).isEqualTo(-1);
        }
    }

    @Test
    void booleansTakeTheContractsSpellings() throws Exception {
        for (String yes : new String[] {"true", "TRUE", "1", "Y", "y"}) assertThat(field(yes).optionalBoolean(0, "dnd", false)).as(yes).isTrue();
        for (String no : new String[] {"false", "False", "0", "N", "n"}) assertThat(field(no).optionalBoolean(0, "dnd", true)).as(no).isFalse();
        assertThat(field("").optionalBoolean(0, "dnd", true)).isTrue();
        assertThatThrownBy(() -> field("maybe").optionalBoolean(0, "dnd", false)).isInstanceOf(FieldError.class);
    }

    @Test
    void msisdnsAreStringsOfFiveToTwentyDigits() throws Exception {
        assertThat(field("013800000001").msisdn(0, "msisdn")).isEqualTo("013800000001");
        assertThat(field("+8613800000001").msisdn(0, "msisdn")).isEqualTo("+8613800000001");
        assertThat(field("12345").msisdn(0, "msisdn")).isEqualTo("12345");
        for (String bad : new String[] {"1234", "123456789012345678901", "138-0000-0001", "+", "1.38E10", "++8613800000001"}) {
            assertThatThrownBy(() -> field(bad).msisdn(0, "msisdn")).as(bad).isInstanceOf(FieldError.class);
        }
    }
}
