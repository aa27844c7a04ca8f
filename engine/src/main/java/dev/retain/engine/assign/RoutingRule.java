package dev.retain.engine.assign;

import dev.retain.engine.value.ManagerRole;
import dev.retain.engine.value.Tier;

/**
 * SPEC R3.2: diamond and gold go to a customer manager, silver in an enterprise group too;
 * silver without a group and the other high-value customers go to a phone manager.
 */
public final class RoutingRule {

    private RoutingRule() {
    }

    public static ManagerRole roleFor(Tier tier, boolean inGroup) {
        return switch (tier) {
            case DIAMOND, GOLD -> ManagerRole.CUSTOMER_MANAGER;
            case SILVER -> inGroup ? ManagerRole.CUSTOMER_MANAGER : ManagerRole.PHONE_MANAGER;
            case NONE -> ManagerRole.PHONE_MANAGER;
        };
    }
}
