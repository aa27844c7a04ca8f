package dev.retain.app.complaint.web;

import dev.retain.app.complaint.ComplaintRefusedException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The complaint APIs read their JSON bodies field by field, so a wrong type or time names its field. */
final class JsonFields {

    private JsonFields() {
    }

    static String text(Map<String, Object> json, String field) {
        Object v = body(json).get(field);
        if (v == null) return null;
        if (v instanceof String s) return s;
        throw new ComplaintRefusedException(field, "must be a JSON string");
    }

    /** An id another system sends: a string, or a number some systems write instead. */
    static String id(Map<String, Object> json, String field) {
        Object v = body(json).get(field);
        return v instanceof Number n ? n.toString() : text(json, field);
    }

    /** ISO-8601 with an offset; null when absent or blank. */
    static Instant time(Map<String, Object> json, String field) {
        String t = text(json, field);
        if (t == null || t.isBlank()) return null;
        try {
            return OffsetDateTime.parse(t.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ComplaintRefusedException(field, "not an ISO-8601 time with an offset: '" + t + "'");
        }
    }

    private static Map<String, Object> body(Map<String, Object> json) {
        if (json == null) throw new ComplaintRefusedException(null, "the body must be a JSON object");
        return json;
    }
}
