package dev.retain.engine.alert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The JSON of one alert on the {@code usage-alerts} topic (docs/data-formats.md): written by the
 * topology, read by the app's consumer. Money is in fen (whole numbers, exact).
 */
public final class UsageAlertJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper();

    private UsageAlertJson() {
    }

    public static byte[] write(UsageAlert a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(400);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("alert_id", a.alertId());
            g.writeStringField("msisdn", a.msisdn());
            g.writeStringField("month", a.month().toString());
            g.writeStringField("kind", a.kind().code());
            if (a.resource() != null) {
                g.writeStringField("resource", a.resource().code());
                g.writeNumberField("threshold_percent", a.thresholdPercent());
            } else {
                g.writeNumberField("threshold_fen", a.thresholdFen());
            }
            g.writeObjectFieldStart("usage");
            g.writeFieldName("data_mb");
            g.writeNumber(mb(a.usage().dataMilliMb()));
            g.writeNumberField("voice_min", a.usage().voiceMin());
            g.writeNumberField("sms", a.usage().sms());
            g.writeEndObject();
            g.writeObjectFieldStart("allowance");
            g.writeNumberField("data_mb", a.allowance().dataMb());
            g.writeNumberField("voice_min", a.allowance().voiceMin());
            g.writeNumberField("sms", a.allowance().sms());
            g.writeEndObject();
            g.writeNumberField("estimated_overage_fen", a.estimatedOverageFen());
            g.writeStringField("plan_id", a.planId());
            g.writeStringField("event_id", a.eventId());
            g.writeStringField("event_ts", a.eventTs().toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads an alert back; an IllegalArgumentException names what is wrong with a record that is not one. */
    public static UsageAlert parse(byte[] json) {
        try {
            JsonNode n = READER.readTree(json);
            if (n == null || !n.isObject()) throw new IllegalArgumentException("an alert is a JSON object");
            AlertKind kind = AlertKind.ofCode(text(n, "kind"));
            Resource resource = kind == AlertKind.ALLOWANCE ? Resource.ofCode(text(n, "resource")) : null;
            JsonNode usage = field(n, "usage");
            JsonNode allowance = field(n, "allowance");
            return new UsageAlert(text(n, "alert_id"), text(n, "msisdn"), YearMonth.parse(text(n, "month")), kind, resource,
                    resource == null ? 0 : field(n, "threshold_percent").intValue(),
                    resource == null ? field(n, "threshold_fen").longValue() : 0,
                    new UsageTotals(field(usage, "data_mb").decimalValue().movePointRight(3).longValueExact(),
                            field(usage, "voice_min").longValue(), field(usage, "sms").longValue()),
                    new Allowance(field(allowance, "data_mb").longValue(), field(allowance, "voice_min").longValue(),
                            field(allowance, "sms").longValue()),
                    field(n, "estimated_overage_fen").longValue(), text(n, "plan_id"), text(n, "event_id"),
                    Instant.parse(text(n, "event_ts")));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) throw iae;
            throw new IllegalArgumentException("not a usage alert: " + e.getMessage(), e);
        }
    }

    private static String mb(long milliMb) {
        return BigDecimal.valueOf(milliMb, 3).stripTrailingZeros().toPlainString();
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) throw new IllegalArgumentException("an alert needs '" + name + "'");
        return v;
    }

    private static String text(JsonNode n, String name) {
        return field(n, name).asText();
    }
}
