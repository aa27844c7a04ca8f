package dev.retain.app.campaign.campaigns;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every day at 09:00 (business time zone), on one instance: each campaign set up to run automatically that is within its
 * schedule and has never run runs once — on its start date, or the first day after it that the job runs. A campaign the
 * job cannot run yet (no rule facts) is tried again the next day, and so is one that fails: the others still run.
 * After that first run, runs are by hand or the API.
 */
@Configuration(proxyBeanMethods = false)
class CampaignJobs {

    static final String TASK = "campaign-auto-run";
    private static final Logger log = LoggerFactory.getLogger(CampaignJobs.class);

    @Bean
    RecurringTask<Void> campaignAutoRunTask(Campaigns campaigns, Clock clock) {
        return Tasks.recurring(TASK, Schedules.daily(clock.getZone(), LocalTime.of(9, 0)))
                .execute((instance, context) -> runDue(campaigns));
    }

    /** Runs each campaign due today; returns how many ran. */
    static int runDue(Campaigns campaigns) {
        int ran = 0;
        for (long id : campaigns.dueAutomatically()) {
            try {
                CampaignRunResult r = campaigns.run(id, "schedule");
                ran++;
                log.info("campaign {} ran on its schedule: {} matched, {} added", id, r.matched(), r.added());
            } catch (CampaignRefused e) {
                log.warn("campaign {} could not run on its schedule: {} (tried again tomorrow)", id, e.code());
            } catch (RuntimeException e) {
                // one campaign's failure must not keep the others from their run: log it and go on
                log.error("campaign {} failed on its schedule (tried again tomorrow)", id, e);
            }
        }
        return ran;
    }
}
