package dev.retain.app.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign on the call channel wants a treated member called (issue 15): published with the run's transaction, after
 * the contact policy allowed the call; retention opens the task (id {@code taskId}, deterministic from campaign and
 * number, so a redelivery opens nothing twice) after asking the policy again with the same {@code purpose}, so the
 * campaign's holdout veto is consulted right before the task opens. An event rather than a call because retention
 * already depends on campaign (the tariff advice on its pages). {@code campaignName} and {@code offers} (the offers'
 * names) tell the manager what the call is about; when the task is not opened, retention tells
 * {@link CampaignCalls#notOpened} so the member is not shown as contacted.
 */
public record CampaignCallRequested(String taskId, String msisdn, String purpose, long priority, BigDecimal valueAtRisk, LocalDate dueDate,
                                    String managerId, String campaignName, String offers) {

    /** A call request without the campaign's words (an event stored before they were added reads as this). */
    public CampaignCallRequested(String taskId, String msisdn, String purpose, long priority, BigDecimal valueAtRisk, LocalDate dueDate,
                                 String managerId) {
        this(taskId, msisdn, purpose, priority, valueAtRisk, dueDate, managerId, null, null);
    }

    /** The task's reason as the manager reads it: the campaign's name and its offers (no {@code ;}: it separates reasons). */
    public String reason() {
        String name = campaignName == null || campaignName.isBlank() ? "campaign" : "营销活动「" + campaignName.strip() + "」";
        String words = offers == null || offers.isBlank() ? name : name + "：" + offers.strip();
        return words.replace(';', '，');
    }
}
