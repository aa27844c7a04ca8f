package dev.retain.engine.load;

import dev.retain.engine.model.AccountState;

/** One row of usage_monthly.csv, typed; the month as {@link dev.retain.engine.model.Months#index}. */
public record UsageRecord(String msisdn, int monthIndex, long billFen, long mouOut, double dataMb, long sms,
                          AccountState state) {
}
