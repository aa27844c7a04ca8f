package dev.retain.app.notify.sms;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every minute, on one instance: parts of customers' messages that never completed in time are dropped, with a log line. */
@Configuration(proxyBeanMethods = false)
class InboundPartsExpiry {

    @Bean
    RecurringTask<Void> smsInboundPartsExpiryTask(InboundParts parts, SmsSettings settings) {
        return Tasks.recurring("sms-inbound-parts-expiry", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> parts.dropIncomplete(settings.inboundPartsTimeout()));
    }
}
