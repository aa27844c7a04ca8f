package dev.retain.app.survey;

import java.time.Instant;

/**
 * What a survey link shows: the questionnaire with the number masked while it is open; for a token that is unknown,
 * expired or already answered only which of these ({@code template} null).
 */
public record OpenedSurvey(State state, String maskedMsisdn, Instant expiresAt, SurveyTemplate template) {

    public enum State { OPEN, ANSWERED, EXPIRED, UNKNOWN }

    static OpenedSurvey refused(State state) {
        return new OpenedSurvey(state, null, null, null);
    }
}
