package dev.retain.engine.load;

import dev.retain.engine.csv.FieldError;
import dev.retain.engine.value.Msisdn;
import java.util.HashSet;
import java.util.Set;

/**
 * The month's call-peer rows reduced to what the rules use: calls in total, calls to other
 * operators, and the most calls to one other-operator number (the family-number signal).
 */
public final class CallSummary implements RowSink<CallPeerRecord> {

    private final Subscribers subscribers;
    private final long[] calls;
    private final long[] competitorCalls;
    private final long[] maxCompetitorPeerCalls;
    private final Set<PeerKey> seen = new HashSet<>();
    private long rows;

    private record PeerKey(int month, int subscriber, String peer) {
    }

    public CallSummary(Subscribers subscribers) {
        this.subscribers = subscribers;
        this.calls = new long[subscribers.size()];
        this.competitorCalls = new long[subscribers.size()];
        this.maxCompetitorPeerCalls = new long[subscribers.size()];
    }

    @Override
    public void accept(CallPeerRecord r, long line) throws FieldError {
        int i = subscribers.index().find(r.msisdn());
        if (i < 0) throw new FieldError("msisdn", "unknown subscriber " + r.msisdn() + " (not in subscribers.csv)");
        // one peer in its two forms (+86… and national) is one peer
        if (!seen.add(new PeerKey(r.monthIndex(), i, Msisdn.canonical(r.peer())))) {
            throw new FieldError("peer", "duplicate row for " + r.msisdn() + " and peer " + r.peer() + " in the same month");
        }
        rows++;
        calls[i] += r.calls();
        if (r.peerOperator().isCompetitor()) {
            competitorCalls[i] += r.calls();
            maxCompetitorPeerCalls[i] = Math.max(maxCompetitorPeerCalls[i], r.calls());
        }
    }

    /** How many call-peer rows the month had: none means the month's calls are unknown, not zero. */
    public long rows() {
        return rows;
    }

    /** Share of the month's calls that went to other operators; 0 with no calls. */
    public double competitorShare(int i) {
        return calls[i] == 0 ? 0 : (double) competitorCalls[i] / calls[i];
    }

    public long maxCompetitorPeerCalls(int i) {
        return maxCompetitorPeerCalls[i];
    }
}
