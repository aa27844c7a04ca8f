package dev.retain.app.campaign.event;

import java.util.List;

/** A pool of an event's tickets: who may claim (tiers, empty for any; a key account's group), how many, how many taken. */
public record TicketPoolView(long id, long eventId, TicketPoolKind kind, int tickets, int taken, List<String> tiers, String groupId) {

    public int left() {
        return tickets - taken;
    }

    /** Whether a customer of {@code tier} (none when the import and the cycle gave none) in {@code group} may claim here. */
    public boolean admits(String tier, String group) {
        if (!tiers.isEmpty() && !tiers.contains(tier == null ? "none" : tier)) return false;
        return groupId == null || groupId.equals(group);
    }
}
