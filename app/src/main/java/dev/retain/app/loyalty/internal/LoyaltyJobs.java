package dev.retain.app.loyalty.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.retain.app.loyalty.PointsLedger;
import java.time.Clock;
import java.time.LocalTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's job on core's db-scheduler (unless {@code retain.loyalty.expiry-job=false}): at 00:10 in the business
 * zone, the lots whose expiry day has passed lose their remaining points ({@link PointsLedger#expireDue}). A day the
 * servers were down is caught up by the next run; the ledger never lets a lot past its day be spent in between.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "retain.loyalty.expiry-job", havingValue = "true", matchIfMissing = true)
class LoyaltyJobs {

    static final String EXPIRY_TASK = "points-expiry";

    @Bean
    RecurringTask<Void> pointsExpiryTask(PointsLedger ledger, Clock clock) {
        return Tasks.recurring(EXPIRY_TASK, Schedules.daily(clock.getZone(), LocalTime.of(0, 10)))
                .execute((instance, context) -> ledger.expireDue());
    }
}
