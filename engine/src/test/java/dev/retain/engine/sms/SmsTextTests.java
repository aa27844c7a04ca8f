package dev.retain.engine.sms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.sms.SmsText.Encoding;
import org.junit.jupiter.api.Test;

class SmsTextTests {

    @Test
    void plainEnglishIsGsm7AndFitsOneMessageUpTo160Septets() {
        assertThat(SmsText.plan("a".repeat(160))).isEqualTo(new SmsText.Plan(Encoding.GSM7, 160, 1));
        assertThat(SmsText.plan("a".repeat(161))).isEqualTo(new SmsText.Plan(Encoding.GSM7, 161, 2));
        assertThat(SmsText.plan("a".repeat(306))).isEqualTo(new SmsText.Plan(Encoding.GSM7, 306, 2));
        assertThat(SmsText.plan("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void theExtensionTableCostsTwoSeptets() {
        assertThat(SmsText.plan("€10 {x}").units()).isEqualTo(10);
        assertThat(SmsText.plan("€".repeat(80))).isEqualTo(new SmsText.Plan(Encoding.GSM7, 160, 1));
        assertThat(SmsText.plan("€".repeat(81)).segments()).isEqualTo(2);
        // 153 × 2 septets, but a € cannot straddle a boundary: 76 fit in a segment
        assertThat(SmsText.plan("€".repeat(153)).segments()).isEqualTo(3);
    }

    @Test
    void chineseIsUcs2With70UnitsOrSegmentsOf67() {
        assertThat(SmsText.plan("您好".repeat(35))).isEqualTo(new SmsText.Plan(Encoding.UCS2, 70, 1));
        assertThat(SmsText.plan("您好".repeat(35) + "。")).isEqualTo(new SmsText.Plan(Encoding.UCS2, 71, 2));
        assertThat(SmsText.plan("字".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsText.plan("字".repeat(135)).segments()).isEqualTo(3);
        assertThat(SmsText.plan("【浙江移动】回T退订").encoding()).isEqualTo(Encoding.UCS2);
    }

    @Test
    void oneCharacterOutsideTheAlphabetMakesTheWholeTextUcs2() {
        assertThat(SmsText.plan("Hello `world`").encoding()).isEqualTo(Encoding.UCS2);
        assertThat(SmsText.plan("Hi 😀").units()).as("an emoji is two UTF-16 units").isEqualTo(5);
        assertThat(SmsText.plan("").segments()).isEqualTo(1);
    }
}
