package dev.retain.app.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsAddressesTests {

    @Test
    void aChineseMobileGoesOutInInternationalFormWhateverFormItCameIn() {
        assertThat(SmsAddresses.international("13800138000")).isEqualTo("8613800138000");
        assertThat(SmsAddresses.international("+8613800138000")).isEqualTo("8613800138000");
        assertThat(SmsAddresses.international("008613800138000")).isEqualTo("8613800138000");
        assertThat(SmsAddresses.international("+447700900123")).as("another country: as given, without +").isEqualTo("447700900123");
    }

    @Test
    void aGatewaysNumberComesBackCanonical() {
        assertThat(SmsAddresses.fromGateway("8613800138000")).isEqualTo("13800138000");
        assertThat(SmsAddresses.fromGateway(" +8613800138000 ")).isEqualTo("13800138000");
        assertThat(SmsAddresses.fromGateway("13800138000")).isEqualTo("13800138000");
    }
}
