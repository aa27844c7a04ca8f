package dev.retain.app.merchant;

import java.time.Instant;

/**
 * A customer's complaint about a merchant (SPEC R11.3) as pages show it, with its work order's state, deadline and
 * callback as they are now. {@code msisdn} is masked and {@code description} has every number masked (R14.3): the
 * merchant never sees the customer's full number. {@code state} is the work order's; {@code dueAt} null while its
 * clock stands still; {@code result} the merchant's own result, as last entered.
 */
public record MerchantComplaintView(long id, long merchantId, String merchantCode, String merchantName, long workOrderId, String msisdn,
                                    String description, Instant createdAt, String state, Instant dueAt, Instant closedAt,
                                    String callbackOutcome, Integer satisfaction, String result, Instant resultAt, String resultBy) {

    /** Open for the merchant's result: the operator has not resolved or closed the order yet. */
    public boolean awaitingResult() {
        return !"resolved".equals(state) && !"closed".equals(state);
    }

    public boolean closed() {
        return "closed".equals(state);
    }

    /** Past its deadline and not resolved. */
    public boolean overdue(Instant now) {
        return awaitingResult() && dueAt != null && now.isAfter(dueAt);
    }
}
