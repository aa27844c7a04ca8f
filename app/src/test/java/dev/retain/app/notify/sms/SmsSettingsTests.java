package dev.retain.app.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmsSettingsTests {

    private static final Duration S = Duration.ofSeconds(1);

    @Test
    void fieldsLongerThanTheProtocolAllowsFailAtStartWithTheSettingNamed() {
        assertThatThrownBy(() -> new SmsSettings.Smpp("h", 1, "id", "ninechars", "", "1", 10, S, S, S, S, SmsSettings.IdFormat.TEXT,
                SmsSettings.IdFormat.TEXT)).hasMessageContaining("retain.sms.smpp.password may have at most 8 characters");
        assertThatThrownBy(() -> new SmsSettings.Smpp("h", 1, "a-system-id-of-16", "p", "", "1", 10, S, S, S, S, SmsSettings.IdFormat.TEXT,
                SmsSettings.IdFormat.TEXT)).hasMessageContaining("retain.sms.smpp.system-id");
        assertThatThrownBy(() -> new SmsSettings.Cmpp("h", 1, "9012345", "s", "3.0", "svc", "1069", 10, 16, S, S, S, S))
                .hasMessageContaining("retain.sms.cmpp.sp-id may have at most 6 characters");
        assertThatThrownBy(() -> new SmsSettings.Cmpp("h", 1, "901234", "s", "4.0", "svc", "1069", 10, 16, S, S, S, S))
                .hasMessageContaining("retain.sms.cmpp.version must be 3.0 or 2.0");
        assertThatThrownBy(() -> new SmsSettings.Smpp("h", 1, "id", "p", "", "1", 0, S, S, S, S, SmsSettings.IdFormat.TEXT,
                SmsSettings.IdFormat.TEXT)).hasMessageContaining("max-per-second");
    }

    @Test
    void theSimulatorRunsOnlyWhenAskedForAndNoGatewayIsConfigured() {
        SmsSettings.Smpp none = new SmsSettings.Smpp(" ", 2775, null, null, null, "1", 10, S, S, S, S, SmsSettings.IdFormat.TEXT,
                SmsSettings.IdFormat.TEXT);
        SmsSettings.Cmpp cmpp = new SmsSettings.Cmpp("ismg", 7890, "901234", "s", "3.0", "svc", "1069", 10, 16, S, S, S, S);
        SmsSettings.Cmpp noCmpp = new SmsSettings.Cmpp(null, 7890, null, null, "3.0", null, "1069", 10, 16, S, S, S, S);
        assertThat(new SmsSettings(SmsSettings.Gateway.SMPP, none, cmpp, new SmsSettings.Simulator(true, S), S).simulatorRuns()).isTrue();
        assertThat(new SmsSettings(SmsSettings.Gateway.CMPP, none, cmpp, new SmsSettings.Simulator(true, S), S).simulatorRuns()).isFalse();
        assertThat(new SmsSettings(SmsSettings.Gateway.CMPP, none, noCmpp, new SmsSettings.Simulator(false, S), S).gatewayConfigured()).isFalse();
    }
}
