package dev.retain.engine.tariff;

/** A number a family plan could bring over: the peer (as the data has it), its operator code and the calls counted. */
public record FamilyCandidate(String peer, String operator, long calls, int months) {
}
