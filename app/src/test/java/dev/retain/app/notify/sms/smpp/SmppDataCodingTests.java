package dev.retain.app.notify.sms.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.sms.Gsm7;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmppDataCodingTests {

    @Test
    void eachAlphabetIsReadByItsDataCoding() {
        assertThat(SmppDataCoding.decode(0x00, Gsm7.encode("TD @home €5"))).isEqualTo("TD @home €5");
        assertThat(SmppDataCoding.decode(0x01, "STOP".getBytes(StandardCharsets.US_ASCII))).isEqualTo("STOP");
        assertThat(SmppDataCoding.decode(0x03, "café".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("café");
        assertThat(SmppDataCoding.decode(0x08, "退订😀".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("退订😀");
        assertThat(SmppDataCoding.decode(0x0F, "退订".getBytes(Charset.forName("GBK")))).isEqualTo("退订");
    }

    @Test
    void theDataCodingSchemeGroupsAreReadByTheirAlphabetBits() {
        assertThat(SmppDataCoding.decode(0x18, "退订".getBytes(StandardCharsets.UTF_16BE))).as("UCS-2, class 0").isEqualTo("退订");
        assertThat(SmppDataCoding.decode(0xF0, Gsm7.encode("TD"))).as("GSM 7-bit, class 0").isEqualTo("TD");
    }
}
