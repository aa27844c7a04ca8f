package dev.retain.app.survey;

/** A survey action was refused: {@code messageKey} (a {@code survey.error.*} key) says why, in the reader's language. */
public class SurveyRefused extends RuntimeException {

    private final String messageKey;

    public SurveyRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
