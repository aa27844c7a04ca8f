package dev.retain.app.core;

import java.time.Clock;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * {@code retain.today} (environment RETAIN_TODAY, or {@code retain demo --today}), a date
     * YYYY-MM-DD: the business day starts there and runs on with the system's time, for demos
     * and trials; empty (the default) is the real date.
     */
    @Bean
    BusinessClock clock(@Value("${retain.today:}") String today) {
        InstantSource system = Clock.systemUTC();
        if (today.isBlank()) return new BusinessClock(system, BusinessClock.DEFAULT_ZONE);
        LocalDate day;
        try {
            day = LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("retain.today (RETAIN_TODAY) must be a date YYYY-MM-DD, not '" + today + "'", e);
        }
        return new BusinessClock(BusinessClock.startingOn(day, BusinessClock.DEFAULT_ZONE, system), BusinessClock.DEFAULT_ZONE);
    }

    /** {@code @FutureOrPresent} and its kind ask Bean Validation's clock: the business one, so "today" is the province's there too. */
    @Bean
    ValidationConfigurationCustomizer validationInTheBusinessZone(BusinessClock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
