package dev.retain.engine.load;

import dev.retain.engine.value.AccountState;

/** One row of usage_monthly.csv, typed; the month as {@link dev.retain.engine.value.Months#index}. */
public record UsageRecord(String msisdn, int monthIndex, long billFen, long mouOut, double dataMb, long sms,
                          AccountState state) {
}
