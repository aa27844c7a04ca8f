package dev.retain.engine.tariff;

import dev.retain.engine.value.PeerOperator;
import java.time.YearMonth;
import java.util.Objects;

/** One call_peers.csv row: the calls between the customer and one peer number in a month, and the peer's operator. */
public record PeerMonth(YearMonth month, String peer, PeerOperator operator, long calls) {

    public PeerMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(operator, "operator");
        if (calls < 0) throw new IllegalArgumentException("calls cannot be negative");
    }
}
