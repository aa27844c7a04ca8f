package dev.retain.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.retain.engine.value.Plan;
import java.io.IOException;

/**
 * A plan on the compacted plans topic: {@code {"plan_id", "name", "monthly_fee_fen", "data_mb",
 * "voice_min", "sms", "over_data_per_mb_fen", "over_voice_per_min_fen", "over_sms_fen"}}; money in fen.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {
    }

    public static byte[] write(Plan p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("plan_id", p.id());
        n.put("name", p.name());
        n.put("monthly_fee_fen", p.monthlyFeeFen());
        n.put("data_mb", p.dataMb());
        n.put("voice_min", p.voiceMinutes());
        n.put("sms", p.sms());
        n.put("over_data_per_mb_fen", p.overDataPerMbFen());
        n.put("over_voice_per_min_fen", p.overVoicePerMinFen());
        n.put("over_sms_fen", p.overSmsFen());
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plan, or null when the record is not one (the topology then treats the plan as unknown). */
    public static Plan read(byte[] json) {
        if (json == null) return null;
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || !n.isObject()) return null;
            return new Plan(text(n, "plan_id"), n.path("name").asText(""), count(n, "monthly_fee_fen"), count(n, "voice_min"),
                    count(n, "data_mb"), count(n, "sms"), count(n, "over_voice_per_min_fen"), count(n, "over_data_per_mb_fen"),
                    count(n, "over_sms_fen"));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException(field);
        return v.asText();
    }

    private static long count(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToExactIntegral() || v.asLong() < 0) throw new IllegalArgumentException(field);
        return v.asLong();
    }
}
