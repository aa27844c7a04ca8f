package dev.retain.engine.complaint;

import dev.retain.engine.value.Tier;

/**
 * What the filter knows of one complaint's customer: the average monthly bill (yuan; 0 when unknown),
 * the VIP card (null when unknown), the area's weight 0..1 (the admin's; 0.5 when none is set), the
 * repeat count and the share 0..1 of calls to other operators (0 when unknown).
 */
public record FilterInput(double monthlyBill, Tier tier, double areaWeight, int repeatCount, double competitorShare) {

    public FilterInput {
        if (monthlyBill < 0 || Double.isNaN(monthlyBill)) throw new IllegalArgumentException("monthly bill: must be >= 0, not " + monthlyBill);
        if (!(areaWeight >= 0 && areaWeight <= 1)) throw new IllegalArgumentException("area weight: must be 0..1, not " + areaWeight);
        if (repeatCount < 0) throw new IllegalArgumentException("repeat count: must be >= 0, not " + repeatCount);
        if (!(competitorShare >= 0 && competitorShare <= 1)) {
            throw new IllegalArgumentException("competitor share: must be 0..1, not " + competitorShare);
        }
    }
}
