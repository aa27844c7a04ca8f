package dev.retain.app.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign on the call channel wants a treated member called (issue 15): published with the run's transaction, after
 * the contact policy allowed the call; retention opens the task (id {@code taskId}, deterministic from campaign and
 * number, so a redelivery opens nothing twice) after asking the policy again with the same {@code purpose}, so the
 * campaign's holdout veto is consulted right before the task opens. An event rather than a call because retention
 * already depends on campaign (the tariff advice on its pages).
 */
public record CampaignCallRequested(String taskId, String msisdn, String purpose, long priority, BigDecimal valueAtRisk, LocalDate dueDate,
                                    String managerId) {
}
