package dev.retain.app.campaign;

/**
 * What retention tells campaigns about their call requests ({@link CampaignCallRequested}) — a call the contact policy
 * suppressed when the task was about to open was never made, so the member must not count as contacted — and asks of
 * them: what a campaign call task is about, for its page.
 */
public interface CampaignCalls {

    /** The task {@code taskId} was not opened, for {@code reason} (the policy's reason code). */
    void notOpened(String taskId, String reason);

    /** What a campaign call task is about, in the reader's language: the campaign's name and its offers; empty for another task. */
    java.util.Optional<String> describe(String taskId, java.util.Locale locale);
}
