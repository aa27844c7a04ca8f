package dev.retain.engine.load;

import dev.retain.engine.value.PeerOperator;

/** One row of call_peers.csv, typed. */
public record CallPeerRecord(String msisdn, int monthIndex, String peer, PeerOperator peerOperator, long calls,
                             long minutes) {
}
