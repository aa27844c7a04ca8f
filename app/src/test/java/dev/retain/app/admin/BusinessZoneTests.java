package dev.retain.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.core.BusinessClock;
import dev.retain.app.security.Users;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's Clock is in the business time zone of the settings, whatever the server's zone, and follows a save. */
@RetainWebTest
class BusinessZoneTests {

    @Autowired Clock clock;
    @Autowired SettingsEditor editor;
    @Autowired RetentionSettings settings;
    @Autowired Users users;
    @Autowired ValidatorFactory validation;

    @AfterEach
    void restoreDefaults() {
        SettingsTestSupport.restoreDefaults(editor, users.find(TestLogins.ADMIN).orElseThrow());
    }

    @Test
    void theClockIsInTheBusinessZoneByDefaultAndFollowsASave() {
        assertThat(clock).isInstanceOf(BusinessClock.class);
        assertThat(settings.businessZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));

        SettingsTestSupport.saveConfirmed(editor, Map.of("business.time-zone", "Europe/Berlin"), users.find(TestLogins.ADMIN).orElseThrow());

        assertThat(settings.businessZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void beanValidationsTodayIsTheBusinessOne() {
        assertThat(validation.getClockProvider().getClock()).isSameAs(clock);
    }
}
