package dev.retain.app.campaign.campaigns;

import dev.retain.app.campaign.CampaignCalls;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A campaign call task retention did not open: the member keeps no task id, and why, as for a call the run refused. */
@Component
class CampaignCallsNotOpened implements CampaignCalls {

    private final CampaignStore store;

    CampaignCallsNotOpened(CampaignStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void notOpened(String taskId, String reason) {
        store.callNotOpened(taskId, "call: " + reason);
    }
}
