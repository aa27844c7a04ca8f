package dev.retain.app.security.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Counts and locks that have run out are forgotten every hour, so login_throttle stays small whatever names are tried. */
@Configuration(proxyBeanMethods = false)
class LoginThrottleCleanup {

    @Bean
    RecurringTask<Void> loginThrottleCleanupTask(LoginThrottle throttle) {
        return Tasks.recurring("login-throttle-cleanup", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> throttle.forgetExpired());
    }
}
