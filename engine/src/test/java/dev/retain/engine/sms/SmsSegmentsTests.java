package dev.retain.engine.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.sms.SmsSegments.Part;
import dev.retain.engine.sms.SmsSegments.Split;
import dev.retain.engine.sms.SmsText.Encoding;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SmsSegmentsTests {

    @Test
    void gsm7SegmentsAre160AloneAnd153WithAHeader() {
        assertThat(sizes(SmsSegments.split("a".repeat(160)))).containsExactly(160);
        assertThat(sizes(SmsSegments.split("a".repeat(161)))).containsExactly(153, 8);
        assertThat(sizes(SmsSegments.split("a".repeat(306)))).containsExactly(153, 153);
        assertThat(sizes(SmsSegments.split("a".repeat(307)))).containsExactly(153, 153, 1);
        assertThat(SmsSegments.split("Hello").encoding()).isEqualTo(Encoding.GSM7);
    }

    @Test
    void ucs2SegmentsAre70AloneAnd67WithAHeader() {
        Split split = SmsSegments.split("字".repeat(71));
        assertThat(split.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(sizes(split)).containsExactly(67, 4);
        assertThat(split.parts().get(0).userData()).hasSize(134);
        assertThat(new String(split.parts().get(0).userData(), StandardCharsets.UTF_16BE)).isEqualTo("字".repeat(67));
        assertThat(sizes(SmsSegments.split("字".repeat(70)))).containsExactly(70);
    }

    @Test
    void anExtensionCharacterOnTheBoundaryMovesWholeToTheNextSegment() {
        String text = "a".repeat(152) + "€" + "b".repeat(10);
        Split split = SmsSegments.split(text);
        assertThat(sizes(split)).containsExactly(152, 12);
        byte[] first = split.parts().get(0).userData();
        assertThat(first[first.length - 1]).as("no escape left dangling at the end of a segment").isNotEqualTo((byte) 0x1B);
        assertThat(split.parts().get(1).userData()[0]).isEqualTo((byte) 0x1B);
        assertThat(join(split)).isEqualTo(text);
    }

    @Test
    void anEmojiAcrossTheBoundaryIsNeverSplitInHalf() {
        String text = "字".repeat(66) + "😀" + "字".repeat(66);
        Split split = SmsSegments.split(text);
        assertThat(sizes(split)).as("66 + the emoji would be 68: it starts the second segment").containsExactly(66, 67, 1);
        for (Part p : split.parts()) {
            assertThat(Character.isHighSurrogate(p.text().charAt(p.text().length() - 1))).isFalse();
            assertThat(Character.isLowSurrogate(p.text().charAt(0))).isFalse();
            assertThat(new String(p.userData(), StandardCharsets.UTF_16BE)).isEqualTo(p.text());
        }
        assertThat(join(split)).isEqualTo(text);
        assertThat(SmsText.plan(text).segments()).as("the plan counts the same cuts, not 134 / 67").isEqualTo(3);
    }

    @Test
    void englishCanBeSentAsUcs2WhenAGatewayWantsIt() {
        Split split = SmsSegments.split("Hello", Encoding.UCS2);
        assertThat(split.parts().get(0).userData()).containsExactly(0, 'H', 0, 'e', 0, 'l', 0, 'l', 0, 'o');
        assertThatThrownBy(() -> SmsSegments.split("您好", Encoding.GSM7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyTextIsOneEmptySegment() {
        assertThat(sizes(SmsSegments.split(""))).containsExactly(0);
        assertThat(sizes(SmsSegments.split(null))).containsExactly(0);
    }

    @Test
    void thePlanAndTheSplitAgreeOnManyLengths() {
        for (int n = 0; n <= 400; n++) {
            for (String unit : new String[] {"a", "€", "字", "😀", "a😀"}) {
                String text = unit.repeat(n);
                assertThat(SmsText.plan(text).segments()).as(unit + " × " + n).isEqualTo(SmsSegments.split(text).segments());
                assertThat(join(SmsSegments.split(text))).isEqualTo(text);
            }
        }
    }

    private static java.util.List<Integer> sizes(Split split) {
        return split.parts().stream().map(Part::units).toList();
    }

    private static String join(Split split) {
        return split.parts().stream().map(Part::text).collect(Collectors.joining());
    }
}
