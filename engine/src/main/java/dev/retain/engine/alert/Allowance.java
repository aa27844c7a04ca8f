package dev.retain.engine.alert;

import dev.retain.engine.value.Plan;

/** What a plan includes each month (0 = nothing included: every unit is overage). */
public record Allowance(long dataMb, long voiceMin, long sms) {

    public static Allowance of(Plan p) {
        return new Allowance(p.dataMb(), p.voiceMinutes(), p.sms());
    }

    /**
     * The allowance of one resource in the unit usage is counted in (data: thousandths of a MB),
     * capped like usage so that "unlimited" written as a huge number cannot overflow the comparison.
     */
    long of(Resource r) {
        return switch (r) {
            case DATA -> Math.min(dataMb, UsageTotals.CEILING / 1_000) * 1_000;
            case VOICE -> Math.min(voiceMin, UsageTotals.CEILING);
            case SMS -> Math.min(sms, UsageTotals.CEILING);
        };
    }
}
