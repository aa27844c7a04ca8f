package dev.retain.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.value.Money;
import dev.retain.engine.value.Months;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The one formatting core of the CSV and COPY writers: every value has one text, negatives included. */
class ByteOutputTests {

    /** What {@code write} puts out through a buffer of {@code capacity} bytes. */
    private static String written(int capacity, Consumer<ByteOutput<RuntimeException>> write) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ByteOutput<RuntimeException> out = new ByteOutput<>(capacity, sink::write);
        write.accept(out);
        out.flush();
        return sink.toString(StandardCharsets.UTF_8);
    }

    private static String written(Consumer<ByteOutput<RuntimeException>> write) {
        return written(1 << 16, write);
    }

    @Test
    void moneyIsFenAsCnyWithTwoDecimalsNegativesIncluded() {
        assertThat(written(o -> o.money(18_800))).isEqualTo("188.00");
        assertThat(written(o -> o.money(18_805))).isEqualTo("188.05");
        assertThat(written(o -> o.money(5))).isEqualTo("0.05");
        assertThat(written(o -> o.money(0))).isEqualTo("0.00");
        assertThat(written(o -> o.money(-50))).isEqualTo("-0.50");
        assertThat(written(o -> o.money(-5))).isEqualTo("-0.05");
        assertThat(written(o -> o.money(-18_800))).isEqualTo("-188.00");
        assertThat(written(o -> o.money(Long.MAX_VALUE))).isEqualTo("92233720368547758.07");
        assertThat(written(o -> o.money(Long.MIN_VALUE))).isEqualTo("-92233720368547758.08");
        assertThat(written(o -> o.money(Long.MIN_VALUE + 1))).isEqualTo("-92233720368547758.07");
    }

    @Test
    void wholeNumbersIncludeBothEndsOfLong() {
        assertThat(written(o -> o.number(0))).isEqualTo("0");
        assertThat(written(o -> o.number(7))).isEqualTo("7");
        assertThat(written(o -> o.number(-7))).isEqualTo("-7");
        assertThat(written(o -> o.number(1_000_000))).isEqualTo("1000000");
        assertThat(written(o -> o.number(Long.MAX_VALUE))).isEqualTo("9223372036854775807");
        assertThat(written(o -> o.number(Long.MIN_VALUE))).isEqualTo("-9223372036854775808");
        assertThat(written(o -> o.number(-1_000_000_000_000_000_000L))).isEqualTo("-1000000000000000000");
    }

    @Test
    void fixedPointValuesKeepExactlyTheirDecimals() {
        assertThat(written(o -> o.fixed(257, 4))).isEqualTo("0.0257");
        assertThat(written(o -> o.fixed(-257, 4))).isEqualTo("-0.0257");
        assertThat(written(o -> o.fixed(12_345, 0))).isEqualTo("12345");
        assertThat(written(o -> o.fixed(1, 6))).isEqualTo("0.000001");
        assertThat(written(o -> o.fixed(Long.MIN_VALUE, 18))).isEqualTo("-9.223372036854775808");
        assertThat(written(o -> o.fixed(Long.MIN_VALUE, 3))).isEqualTo("-9223372036854775.808");
        assertThatThrownBy(() -> written(o -> o.fixed(1, 19))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyMatchesBigDecimalForAnyAmount() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = 0; i < 20_000; i++) {
            long fen = i % 3 == 0 ? random.nextLong() : random.nextLong(-1_000_000, 1_000_000);
            int decimals = random.nextInt(19);
            assertThat(written(o -> o.money(fen))).as("money %d", fen).isEqualTo(BigDecimal.valueOf(fen, 2).toPlainString())
                    .isEqualTo(Money.format(fen));
            assertThat(written(o -> o.fixed(fen, decimals))).as("fixed %d, %d", fen, decimals)
                    .isEqualTo(BigDecimal.valueOf(fen, decimals).toPlainString());
            assertThat(written(o -> o.number(fen))).isEqualTo(Long.toString(fen));
        }
    }

    @Test
    void datesAndMonthsAreIso() {
        assertThat(written(o -> o.date(LocalDate.of(2026, 1, 5)))).isEqualTo("2026-01-05");
        assertThat(written(o -> o.date(LocalDate.of(1940, 12, 31)))).isEqualTo("1940-12-31");
        assertThat(written(o -> o.date(LocalDate.of(33, 2, 3)))).isEqualTo("0033-02-03");
        assertThat(written(o -> o.month(Months.index(YearMonth.of(2026, 10))))).isEqualTo("2026-10");
        assertThat(written(o -> o.month(Months.index(YearMonth.of(2027, 1))))).isEqualTo("2027-01");
        assertThat(written(o -> o.month(Months.index(YearMonth.of(999, 12))))).isEqualTo("0999-12");
    }

    @Test
    void textIsUtf8AsTheJdkEncodesIt() {
        String[] texts = {"hangzhou", "张三丰", "Zoë", "emoji 😀 pair", "lone \uD83D high", "lone \uDE00 low", "end \uD83D", ""};
        for (String s : texts) {
            assertThat(written(o -> o.utf8(s))).as(s).isEqualTo(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            byte[] bytes = writtenBytes(64, o -> o.utf8(s));
            assertThat(bytes).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(written(o -> o.utf8("a,张,b", 2, 3))).isEqualTo("张");
    }

    @Test
    void nothingIsLostOrSplitWhereTheBufferFills() {
        // long runs of every width of character, a surrogate pair at every offset, through the smallest buffer
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) text.append(i % 4 == 0 ? "a" : i % 4 == 1 ? "é" : i % 4 == 2 ? "张" : "😀");
        String s = text.toString();
        for (int shift = 0; shift < 70; shift++) {
            String head = "x".repeat(shift);
            byte[] expected = (head + s + "-1.50" + "9223372036854775807" + "2026-10-31").getBytes(StandardCharsets.UTF_8);
            assertThat(writtenBytes(64, o -> {
                o.utf8(head);
                o.utf8(s);
                o.money(-150);
                o.number(Long.MAX_VALUE);
                o.date(2026, 10, 31);
            })).as("shift " + shift).isEqualTo(expected);
        }
        byte[] large = new byte[200];
        java.util.Arrays.fill(large, (byte) 'z');
        assertThat(writtenBytes(64, o -> {
            o.ascii('<');
            o.bytes(large);
            o.ascii('>');
        })).isEqualTo(("<" + "z".repeat(200) + ">").getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] writtenBytes(int capacity, Consumer<ByteOutput<RuntimeException>> write) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ByteOutput<RuntimeException> out = new ByteOutput<>(capacity, sink::write);
        write.accept(out);
        out.flush();
        return sink.toByteArray();
    }
}
