package dev.retain.engine.load;

import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.Fields;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.RowHandler;
import dev.retain.engine.value.PeerOperator;
import java.util.function.IntPredicate;

/** call_peers.csv → {@link CallPeerRecord}, skipping months the caller does not want. */
public final class CallPeerParser implements RowHandler {

    private final RowSink<CallPeerRecord> sink;
    private final IntPredicate wantedMonth;
    private int msisdn, month, peer, operator, calls, minutes;

    public CallPeerParser(RowSink<CallPeerRecord> sink, IntPredicate wantedMonth) {
        this.sink = sink;
        this.wantedMonth = wantedMonth;
    }

    @Override
    public void bind(Header h) {
        msisdn = h.position("msisdn");
        month = h.position("month");
        peer = h.position("peer");
        operator = h.position("peer_operator");
        calls = h.position("calls");
        minutes = h.position("minutes");
    }

    @Override
    public boolean accept(CsvRecord r, Fields f, long line) throws FieldError {
        int m = f.month(month, "month");
        if (!wantedMonth.test(m)) return false;
        sink.accept(new CallPeerRecord(
                f.msisdn(msisdn, "msisdn"), m,
                f.msisdn(peer, "peer"),
                f.code(operator, "peer_operator", PeerOperator::parse),
                f.count(calls, "calls"),
                f.count(minutes, "minutes")), line);
        return true;
    }
}
