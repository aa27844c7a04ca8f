package dev.retain.app.notify.sms.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.notify.sms.SmsSettings;
import dev.retain.app.notify.sms.SmsSettings.IdFormat;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmppReceiptTests {

    private static final SmsSettings.Smpp HEX_THEN_DECIMAL = new SmsSettings.Smpp("h", 1, "s", "p", "", "1", 10, Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), IdFormat.HEX, IdFormat.DECIMAL);

    private static SmppReceipt parse(String text, String tlvId, Integer tlvState) {
        return SmppReceipt.parse(text, tlvId, tlvState, null, HEX_THEN_DECIMAL).orElseThrow();
    }

    @Test
    void theAppendixBFormatIsRead() {
        SmppReceipt r = parse("id:0169552957 sub:001 dlvrd:001 submit date:2610010930 done date:2610010931 stat:DELIVRD err:000 text:Your code", null, null);
        assertThat(r).isEqualTo(new SmppReceipt("169552957", "DELIVRD", true, true, null));
    }

    @Test
    void aReceiptWithoutSubAndDlvrdAndWithALongStateIsReadToo() {
        assertThat(parse("id:42 submit date:2610010930 done date:2610010931 stat:delivered err:0", null, null).delivered()).isTrue();
        SmppReceipt failed = parse("id:42 stat:UNDELIV err:012", null, null);
        assertThat(failed.isFinal()).isTrue();
        assertThat(failed.delivered()).isFalse();
        assertThat(failed.error()).isEqualTo("UNDELIV err:012");
        assertThat(parse("id:42 stat:EXPIRED err:000", null, null).error()).as("err 000 says nothing").isEqualTo("EXPIRED");
    }

    @Test
    void intermediateStatesAreNotFinal() {
        assertThat(parse("id:42 stat:ENROUTE", null, null).isFinal()).isFalse();
        assertThat(parse("id:42 stat:ACCEPTD", null, null).isFinal()).isFalse();
        assertThat(parse("id:42 stat:BUFFRED", null, null).isFinal()).isFalse();
    }

    @Test
    void theTlvsWinOverTheTextAndTheTlvIdIsInTheResponsesForm() {
        SmppReceipt r = parse("id:999 stat:UNDELIV", "0A1B2C3D\0", 2);
        assertThat(r.messageId()).isEqualTo("169552957");
        assertThat(r.delivered()).isTrue();
        assertThat(parse("stat:DELIVRD", "ff", 5).error()).isEqualTo("UNDELIVERABLE");
    }

    @Test
    void aReceiptNamingNoMessageIsEmpty() {
        assertThat(SmppReceipt.parse("stat:DELIVRD", null, null, null, HEX_THEN_DECIMAL)).isEqualTo(Optional.empty());
        assertThat(SmppReceipt.parse("identity:5 stat:DELIVRD", null, null, null, HEX_THEN_DECIMAL)).as("id: must stand alone").isEmpty();
    }

    @Test
    void aNetworkErrorIsPartOfTheError() {
        assertThat(SmppReceipt.parse("id:7 stat:UNDELIV err:001", null, null, "network 1/27", HEX_THEN_DECIMAL).orElseThrow().error())
                .isEqualTo("UNDELIV err:001 network 1/27");
    }
}
