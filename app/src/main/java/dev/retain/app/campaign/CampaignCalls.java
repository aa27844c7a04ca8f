package dev.retain.app.campaign;

/**
 * What retention tells campaigns about their call requests ({@link CampaignCallRequested}): a call the contact policy
 * suppressed when the task was about to open was never made, so the member must not count as contacted.
 */
public interface CampaignCalls {

    /** The task {@code taskId} was not opened, for {@code reason} (the policy's reason code). */
    void notOpened(String taskId, String reason);
}
