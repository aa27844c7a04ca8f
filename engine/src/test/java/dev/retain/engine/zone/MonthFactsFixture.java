package dev.retain.engine.zone;

import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Money;

/** Static builders for one month of zone inputs: bill as the contract writes it, minutes, state. */
final class MonthFactsFixture {

    private MonthFactsFixture() {
    }

    static MonthFacts active(String bill, long mou) {
        return new MonthFacts(Money.parseFen(bill), mou, AccountState.ACTIVE);
    }

    static MonthFacts suspended(String bill, long mou) {
        return new MonthFacts(Money.parseFen(bill), mou, AccountState.SUSPENDED);
    }

    static MonthFacts precancel(String bill, long mou) {
        return new MonthFacts(Money.parseFen(bill), mou, AccountState.PRECANCEL);
    }

    static MonthFacts cancelled(String bill, long mou) {
        return new MonthFacts(Money.parseFen(bill), mou, AccountState.CANCELLED);
    }

    /** A month that alone puts a subscriber in the programme: bill well above A, minutes well above M. */
    static MonthFacts highValue() {
        return active("500.00", 800);
    }

    static long fen(String yuan) {
        return Money.parseFen(yuan);
    }
}
