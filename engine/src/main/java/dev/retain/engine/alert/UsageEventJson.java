package dev.retain.engine.alert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.retain.engine.value.Msisdn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of one usage event: {@code {"msisdn", "ts", "data_mb", "voice_min", "sms", "event_id"}}
 * (docs/data-formats.md). The Kafka topology and the REST path both read events here, so a record
 * is refused for the same reason on either path. Unknown fields are ignored, as in the CSV contract.
 */
public final class UsageEventJson {

    /** One event may carry at most this much of each (a terabyte, 16 000 hours, a million SMS): more is a broken feed. */
    static final long MAX_PER_EVENT = 1_000_000;
    static final int MAX_EVENT_ID_LENGTH = 200;

    private static final BigDecimal MAX_DATA_MB = BigDecimal.valueOf(MAX_PER_EVENT);
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private UsageEventJson() {
    }

    /** What parsing one record gave: the event, or why it was refused. */
    public sealed interface Result permits Accepted, Refused {
    }

    public record Accepted(UsageEvent event) implements Result {
    }

    public record Refused(RejectReason reason, String detail) implements Result {
    }

    public static Result parse(byte[] json) {
        if (json == null || json.length == 0) return new Refused(RejectReason.MALFORMED_JSON, "empty record");
        try (JsonParser p = JSON.createParser(json)) {
            return read(p);
        } catch (JsonProcessingException e) {
            return new Refused(RejectReason.MALFORMED_JSON, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A request body of one event or a JSON array of events: one result per event, in order. A body
     * that is not JSON (anywhere in it) is one malformed result: no event of it is taken.
     */
    public static List<Result> parseBatch(byte[] json) {
        if (json == null || json.length == 0) return List.of(new Refused(RejectReason.MALFORMED_JSON, "empty body"));
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                Result one = first == JsonToken.START_OBJECT ? readObject(p) : new Refused(RejectReason.MALFORMED_JSON, "not a JSON object or array");
                if (p.nextToken() != null) return List.of(new Refused(RejectReason.MALFORMED_JSON, "more than one JSON value"));
                return List.of(one);
            }
            List<Result> results = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.START_OBJECT) {
                    results.add(readObject(p));
                } else {
                    p.skipChildren();
                    results.add(new Refused(RejectReason.MALFORMED_JSON, "not a JSON object"));
                }
            }
            if (p.nextToken() != null) return List.of(new Refused(RejectReason.MALFORMED_JSON, "more than one JSON value"));
            return results;
        } catch (JsonProcessingException e) {
            return List.of(new Refused(RejectReason.MALFORMED_JSON, e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) return new Refused(RejectReason.MALFORMED_JSON, "not a JSON object");
        Result r = readObject(p);
        if (p.nextToken() != null) return new Refused(RejectReason.MALFORMED_JSON, "more than one JSON value");
        return r;
    }

    /** One object, the parser on its START_OBJECT; leaves the parser on its END_OBJECT. */
    private static Result readObject(JsonParser p) throws IOException {
        String msisdn = null;
        String ts = null;
        String eventId = null;
        BigDecimal dataMb = null;
        Long voiceMin = null;
        Long sms = null;
        FieldProblem firstProblem = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_NULL) continue; // null counts as missing
            try {
                switch (field) {
                    case "msisdn" -> msisdn = text(p, v, field);
                    case "ts" -> ts = text(p, v, field);
                    case "event_id" -> eventId = text(p, v, field);
                    case "data_mb" -> dataMb = decimal(p, v, field);
                    case "voice_min" -> voiceMin = whole(p, v, field);
                    case "sms" -> sms = whole(p, v, field);
                    default -> p.skipChildren();
                }
            } catch (FieldProblem e) {
                // read on: a record that is also broken JSON further along is malformed, not merely invalid
                if (firstProblem == null) firstProblem = e;
            }
        }
        if (t != JsonToken.END_OBJECT) return new Refused(RejectReason.MALFORMED_JSON, "not a JSON object");
        if (firstProblem != null) return new Refused(firstProblem.reason, firstProblem.getMessage());
        try {
            return new Accepted(event(msisdn, ts, dataMb, voiceMin, sms, eventId));
        } catch (FieldProblem e) {
            return new Refused(e.reason, e.getMessage());
        }
    }

    private static UsageEvent event(String msisdn, String ts, BigDecimal dataMb, Long voiceMin, Long sms, String eventId) {
        required(msisdn, "msisdn");
        required(ts, "ts");
        required(dataMb, "data_mb");
        required(voiceMin, "voice_min");
        required(sms, "sms");
        required(eventId, "event_id");
        if (!Msisdn.isValid(msisdn)) throw invalid("msisdn: not a phone number (optional + then 5-20 digits)");
        if (eventId.isBlank() || eventId.length() > MAX_EVENT_ID_LENGTH) {
            throw invalid("event_id: must be 1-" + MAX_EVENT_ID_LENGTH + " characters");
        }
        return new UsageEvent(Msisdn.canonical(msisdn), instant(ts), milliMb(dataMb), bounded(voiceMin, "voice_min"),
                bounded(sms, "sms"), eventId);
    }

    /** An ISO-8601 time with its offset ({@code Z} or {@code +08:00}): a local time without one is ambiguous. */
    private static Instant instant(String ts) {
        try {
            return IsoInstants.parse(ts);
        } catch (DateTimeParseException e) {
            throw invalid("ts: not an ISO-8601 time with an offset, e.g. 2026-11-05T10:00:00+08:00");
        }
    }

    /** Data is billed by the started kB: thousandths of a MB, rounded up. */
    private static long milliMb(BigDecimal mb) {
        if (mb.signum() < 0 || mb.compareTo(MAX_DATA_MB) > 0) throw invalid("data_mb: must be between 0 and " + MAX_PER_EVENT);
        return mb.setScale(3, RoundingMode.CEILING).unscaledValue().longValueExact();
    }

    private static long bounded(long n, String field) {
        if (n < 0 || n > MAX_PER_EVENT) throw invalid(field + ": must be between 0 and " + MAX_PER_EVENT);
        return n;
    }

    private static String text(JsonParser p, JsonToken v, String field) throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            p.skipChildren();
            throw invalid(field + ": must be a string");
        }
        return p.getText();
    }

    private static BigDecimal decimal(JsonParser p, JsonToken v, String field) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
            p.skipChildren();
            throw invalid(field + ": must be a number");
        }
        return p.getDecimalValue();
    }

    private static Long whole(JsonParser p, JsonToken v, String field) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            p.skipChildren();
            throw invalid(field + ": must be a whole number");
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) throw invalid(field + ": must be between 0 and " + MAX_PER_EVENT);
        return p.getLongValue();
    }

    private static void required(Object value, String field) {
        if (value == null) throw new FieldProblem(RejectReason.MISSING_FIELD, field + ": required");
    }

    private static FieldProblem invalid(String message) {
        return new FieldProblem(RejectReason.INVALID_FIELD, message);
    }

    /** A field that is missing or wrong; caught where the whole record is judged. */
    private static final class FieldProblem extends RuntimeException {
        final RejectReason reason;

        FieldProblem(RejectReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    /** The event as the topic carries it (producers, the repartition topic, tests, the demo's replay). */
    public static byte[] write(UsageEvent e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("msisdn", e.msisdn());
            g.writeStringField("ts", e.ts().toString());
            g.writeFieldName("data_mb");
            g.writeNumber(BigDecimal.valueOf(e.dataMilliMb(), 3).stripTrailingZeros().toPlainString());
            g.writeNumberField("voice_min", e.voiceMin());
            g.writeNumberField("sms", e.sms());
            g.writeStringField("event_id", e.eventId());
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
