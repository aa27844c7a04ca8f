package dev.retain.app.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign on the call channel wants a treated member called (issue 15): published with the run's transaction, after
 * the contact policy allowed the call; retention opens the task (id {@code taskId}, deterministic from campaign and
 * number, so a redelivery opens nothing twice) after asking the policy again with the same {@code purpose}, so the
 * campaign's holdout veto is consulted right before the task opens. An event rather than a call because retention
 * already depends on campaign (the tariff advice on its pages). The task's reason is the code {@link #REASON}; the task
 * page names the campaign and its offers through {@link CampaignCalls#describe} ({@code campaignName} and {@code offers}
 * travel for the log). When the task is not opened, retention tells {@link CampaignCalls#notOpened} so the member is not
 * shown as contacted.
 */
public record CampaignCallRequested(String taskId, String msisdn, String purpose, long priority, BigDecimal valueAtRisk, LocalDate dueDate,
                                    String managerId, String campaignName, String offers) {

    /** A call request without the campaign's words (an event stored before they were added reads as this). */
    public CampaignCallRequested(String taskId, String msisdn, String purpose, long priority, BigDecimal valueAtRisk, LocalDate dueDate,
                                 String managerId) {
        this(taskId, msisdn, purpose, priority, valueAtRisk, dueDate, managerId, null, null);
    }

    /** The task's reason code: translated on every page, one row of the closed loop; the campaign itself is {@link CampaignCalls#describe}. */
    public static final String REASON = "campaign";
}
