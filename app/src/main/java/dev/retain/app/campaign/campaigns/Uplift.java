package dev.retain.app.campaign.campaigns;

/**
 * An uplift (treated minus holdout) with its 95 % confidence interval, by the normal approximation: for a rate the
 * unpooled standard error of a difference of two proportions, for a mean per member Welch's (each group's own sample
 * variance). Both need at least two members in each group; below that there is no interval to give.
 */
public record Uplift(double treated, double holdout, double estimate, double low, double high) {

    /** The two-sided 95 % normal quantile. */
    static final double Z95 = 1.959963984540054;

    /** Whether the interval lies wholly above or below zero. */
    public boolean significant() {
        return low > 0 || high < 0;
    }

    /** The difference of the rates {@code xT/nT − xH/nH}; null when a group has fewer than two members. */
    public static Uplift ofRates(long xT, long nT, long xH, long nH) {
        if (nT < 2 || nH < 2) return null;
        double pT = xT / (double) nT;
        double pH = xH / (double) nH;
        double se = Math.sqrt(pT * (1 - pT) / nT + pH * (1 - pH) / nH);
        double d = pT - pH;
        return new Uplift(pT, pH, d, d - Z95 * se, d + Z95 * se);
    }

    /**
     * The difference of the means per member from each group's count, sum and sum of squares; null when a group has
     * fewer than two members.
     */
    public static Uplift ofMeans(long nT, double sumT, double sumSqT, long nH, double sumH, double sumSqH) {
        if (nT < 2 || nH < 2) return null;
        double mT = sumT / nT;
        double mH = sumH / nH;
        double vT = Math.max(0, (sumSqT - nT * mT * mT) / (nT - 1));
        double vH = Math.max(0, (sumSqH - nH * mH * mH) / (nH - 1));
        double se = Math.sqrt(vT / nT + vH / nH);
        double d = mT - mH;
        return new Uplift(mT, mH, d, d - Z95 * se, d + Z95 * se);
    }
}
