package dev.retain.app.report.internal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" for overdue counts comes from a Clock, so it can be fixed where needed; the system clock unless another is defined. */
@Configuration(proxyBeanMethods = false)
class ReportClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
