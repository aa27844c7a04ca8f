package dev.retain.app.notify.sms.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.notify.sms.SmsSettings.IdFormat;
import org.junit.jupiter.api.Test;

class SmppMessageIdsTests {

    @Test
    void aHexResponseAndADecimalReceiptOfTheSameMessageNormaliseAlike() {
        String fromResponse = SmppMessageIds.normalise("0A1B2C3D", IdFormat.HEX);
        String fromReceipt = SmppMessageIds.normalise("0169552957", IdFormat.DECIMAL);
        assertThat(fromResponse).isEqualTo(fromReceipt).isEqualTo("169552957");
        assertThat(SmppMessageIds.normalise("0a1b2c3d", IdFormat.HEX)).as("case does not matter").isEqualTo(fromResponse);
    }

    @Test
    void idsLongerThanALongStayExact() {
        assertThat(SmppMessageIds.normalise("FFFFFFFFFFFFFFFFFF", IdFormat.HEX)).isEqualTo("4722366482869645213695");
    }

    @Test
    void textIdsCompareWithoutCaseOrLeadingZeros() {
        assertThat(SmppMessageIds.normalise(" 00AbC-12 ", IdFormat.TEXT)).isEqualTo("abc-12");
        assertThat(SmppMessageIds.normalise("0000", IdFormat.TEXT)).isEqualTo("0");
        assertThat(SmppMessageIds.normalise("abc", IdFormat.DECIMAL)).as("not decimal after all: as text").isEqualTo("abc");
        assertThat(SmppMessageIds.normalise(null, IdFormat.HEX)).isNull();
    }
}
