package dev.retain.app.merchant;

import java.math.BigDecimal;

/**
 * What the operator enters to assess a merchant for a quarter: the service and compliance scores (0-100), the
 * customer satisfaction score (0-100, used only when no callback of the merchant's complaints gave a satisfaction in
 * the quarter; else null is fine), and a note.
 */
public record AssessmentEntry(long merchantId, String period, BigDecimal service, BigDecimal compliance, BigDecimal satisfaction,
                              String note) {
}
