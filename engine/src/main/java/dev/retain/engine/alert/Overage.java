package dev.retain.engine.alert;

import dev.retain.engine.value.Plan;

/**
 * The overage a month's usage will add to the bill at the plan's prices, in fen: data by the
 * started MB, voice by the minute, SMS by the message. The monthly fee is not part of it.
 */
public final class Overage {

    private Overage() {
    }

    public static long estimateFen(UsageTotals used, Plan plan) {
        long overMilliMb = Math.max(0, used.dataMilliMb() - plan.dataMb() * 1_000);
        long overMb = (overMilliMb + 999) / 1_000;
        long overVoice = Math.max(0, used.voiceMin() - plan.voiceMinutes());
        long overSms = Math.max(0, used.sms() - plan.sms());
        return plus(plus(times(overMb, plan.overDataPerMbFen()), times(overVoice, plan.overVoicePerMinFen())),
                times(overSms, plan.overSmsFen()));
    }

    // saturating: an absurd plan or flood of events reads as "more than any threshold", never as a wrapped negative
    private static long times(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high == 0 && low >= 0 ? low : Long.MAX_VALUE;
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
