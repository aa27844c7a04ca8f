package dev.retain.engine.zone;

import dev.retain.engine.value.AccountState;

/** What the zone rules read of one month: bill in fen, outgoing minutes, state at month end. */
public record MonthFacts(long billFen, long mouOut, AccountState state) {
}
