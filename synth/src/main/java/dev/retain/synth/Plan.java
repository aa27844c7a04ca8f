package dev.retain.synth;

/**
 * A tariff plan. Money is held in fen (1/100 CNY) so bills are exact; the commit is the
 * minimum spend a subscriber on this plan signs up to when they take a contract.
 */
record Plan(int index, String id, String name, Brand brand, long feeFen, int voiceMin, int dataMb, int sms,
            long overVoiceFen, long overDataFen, long overSmsFen, long commitFen) {

    /** The month's bill for this usage: fee plus overage beyond each allowance. */
    long billFen(int mou, double dataMbUsed, int smsSent) {
        long bill = feeFen;
        bill += overVoiceFen * Math.max(0, mou - voiceMin);
        bill += Math.round(overDataFen * Math.max(0.0, dataMbUsed - dataMb));
        bill += overSmsFen * Math.max(0, smsSent - sms);
        return bill;
    }
}
