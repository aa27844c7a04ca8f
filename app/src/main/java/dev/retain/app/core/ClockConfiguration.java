package dev.retain.app.core;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for every module (overdue counts, deadlines, billing months) comes from one Clock in
 * the business time zone, so the answer does not depend on the server's zone and a test can fix
 * the instant. The admin module sets the zone from its setting ({@link BusinessClock#useZone}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    BusinessClock clock() {
        return new BusinessClock(Clock.systemUTC(), BusinessClock.DEFAULT_ZONE);
    }

    /** {@code @FutureOrPresent} and its kind ask Bean Validation's clock: the business one, so "today" is the province's there too. */
    @Bean
    ValidationConfigurationCustomizer validationInTheBusinessZone(BusinessClock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
