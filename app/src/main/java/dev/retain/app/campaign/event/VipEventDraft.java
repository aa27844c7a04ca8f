package dev.retain.app.campaign.event;

import java.time.Instant;

/** An event as typed: the keyword in any case and width (it is stored folded, {@link VipEventKeywords#fold}). */
public record VipEventDraft(String title, String kind, String venue, Instant startsAt, Instant claimsFrom, Instant claimsUntil,
                            String keyword, int perCustomerLimit) {
}
