package dev.retain.app.retention;

import dev.retain.app.campaign.CampaignCallRequested;
import dev.retain.app.campaign.CampaignCalls;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactPolicy;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.retention.MomentTasks.MomentTask;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a campaign's call task after the run committed (durable: delivered again after a restart; the task id makes
 * that harmless), unless the contact policy — asked with the campaign's purpose, so its holdout veto counts —
 * suppresses the call now (campaigns is told, so the member does not count as contacted). The task's reason is the
 * campaign's name and offers, so the manager knows what to say.
 */
@Component
class CampaignCallListener {

    private static final Logger log = LoggerFactory.getLogger(CampaignCallListener.class);

    private final MomentTasks tasks;
    private final ContactPolicy policy;
    private final Clock clock;
    private final CampaignCalls calls;

    CampaignCallListener(MomentTasks tasks, ContactPolicy policy, Clock clock, CampaignCalls calls) {
        this.tasks = tasks;
        this.calls = calls;
        this.policy = policy;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "retention.campaign-call")
    void on(CampaignCallRequested call) {
        ContactPolicy.Decision decision = policy.decide(call.msisdn(), Channel.CALL, MessageClass.MARKETING, clock.instant(), call.purpose());
        if (decision.verdict() == ContactPolicy.Decision.Verdict.SUPPRESS) {
            log.info("campaign call task {} not opened: {}", call.taskId(), decision.reason());
            calls.notOpened(call.taskId(), decision.reason());
            return;
        }
        tasks.open(new MomentTask(call.taskId(), call.msisdn(), MomentTaskKinds.CAMPAIGN_CALL, CampaignCallRequested.REASON, "", call.priority(),
                call.valueAtRisk(), call.dueDate(), call.managerId()));
    }
}
