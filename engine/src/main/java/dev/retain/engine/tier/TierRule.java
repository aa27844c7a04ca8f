package dev.retain.engine.tier;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;
import java.util.Set;

/** A tier is earned by a mean bill, a tenure and one of some brands (SPEC R2.1). */
public record TierRule(Tier tier, long minMeanBillFen, int minTenureMonths, Set<Brand> brands) {

    public boolean matches(long meanBillFen, int tenureMonths, Brand brand) {
        return meanBillFen >= minMeanBillFen && tenureMonths >= minTenureMonths && brands.contains(brand);
    }
}
