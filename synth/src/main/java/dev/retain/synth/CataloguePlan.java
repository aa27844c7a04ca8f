package dev.retain.synth;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Plan;

/**
 * A plan as the generator sells it: the contract's {@link Plan} (what plans.csv says) plus
 * what only the generator knows — its brand, its place in {@link Plans#ALL} and the
 * commitment a subscriber on it signs up to with a contract. Money in fen.
 */
record CataloguePlan(int index, Brand brand, long commitFen, Plan plan) {

    String id() {
        return plan.id();
    }

    long feeFen() {
        return plan.monthlyFeeFen();
    }

    /** The month's bill for this usage: fee plus overage beyond each allowance. */
    long billFen(int mou, double dataMbUsed, int smsSent) {
        long bill = plan.monthlyFeeFen();
        bill += plan.overVoicePerMinFen() * Math.max(0, mou - plan.voiceMinutes());
        bill += Math.round(plan.overDataPerMbFen() * Math.max(0.0, dataMbUsed - plan.dataMb()));
        bill += plan.overSmsFen() * Math.max(0, smsSent - plan.sms());
        return bill;
    }
}
