package dev.retain.engine.value;

/** A tariff plan: fixed fee, allowances and overage prices; money in fen. */
public record Plan(String id, String name, long monthlyFeeFen, long voiceMinutes, long dataMb, long sms,
                   long overVoicePerMinFen, long overDataPerMbFen, long overSmsFen) {
}
