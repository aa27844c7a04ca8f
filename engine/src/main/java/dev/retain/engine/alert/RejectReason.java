package dev.retain.engine.alert;

/**
 * Why a usage event was not counted, with the code the dead-letter topic and the API write.
 * Duplicates are not rejections: they were counted once already.
 */
public enum RejectReason {
    /** Not JSON, not one object, or not UTF-8. */
    MALFORMED_JSON("malformed_json"),
    /** A required field is absent or null. */
    MISSING_FIELD("missing_field"),
    /** A field of the wrong type or out of range (a negative count, a time without an offset, …). */
    INVALID_FIELD("invalid_field"),
    /** No plan is known for the number: not one of the province's subscribers. */
    UNKNOWN_SUBSCRIBER("unknown_subscriber"),
    /** The subscriber's plan is not among the plans. */
    UNKNOWN_PLAN("unknown_plan"),
    /** Its billing month closed more than the grace period ago. */
    LATE_EVENT("late_event"),
    /** Its time lies further ahead of the receiving clock than the tolerance allows. */
    FUTURE_EVENT("future_event");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
