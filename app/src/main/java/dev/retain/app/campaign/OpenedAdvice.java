package dev.retain.app.campaign;

import java.time.Instant;

/**
 * What a self-service link shows: the customer's number masked, the link's expiry and the advice; or, for an unknown or
 * expired token, only which of the two ({@code advice} null).
 */
public record OpenedAdvice(State state, String maskedMsisdn, Instant expiresAt, TariffAdviceView advice) {

    public enum State { OPEN, EXPIRED, UNKNOWN }

    static OpenedAdvice refused(State state) {
        return new OpenedAdvice(state, null, null, null);
    }
}
