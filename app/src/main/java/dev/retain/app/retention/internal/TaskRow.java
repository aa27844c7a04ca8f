package dev.retain.app.retention.internal;

import dev.retain.app.security.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One task as the lists show it, joined with its customer and the segment of the task's month;
 * {@code customerKey} is the customer's opaque key for links (never the number in a URL),
 * {@code churnReasons} the churn model's "feature=value;…" (null without a model).
 */
public record TaskRow(String taskId, String msisdn, String customerKey, String name, String tier, String zone, String month, String kind,
                      List<String> reasons, long priority, BigDecimal valueAtRisk, LocalDate dueDate, boolean overdue,
                      String managerId, String status, String outcome, String churnReasons) {

    public String maskedMsisdn() {
        return PersonalData.maskMsisdn(msisdn);
    }

    public String maskedName() {
        return PersonalData.maskName(name);
    }

    /** task.reasons (rule ids) and task.churn_reasons ("feature=value") are the engine's ";"-separated lists, strongest first. */
    public static List<String> splitReasons(String reasons) {
        if (reasons == null || reasons.isBlank()) return List.of();
        return Arrays.stream(reasons.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
