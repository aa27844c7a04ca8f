package dev.retain.engine.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageEventJsonTests {

    private static UsageEventJson.Result parse(String json) {
        return UsageEventJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static UsageEvent accepted(String json) {
        UsageEventJson.Result r = parse(json);
        assertThat(r).isInstanceOf(UsageEventJson.Accepted.class);
        return ((UsageEventJson.Accepted) r).event();
    }

    private static UsageEventJson.Refused refused(String json) {
        UsageEventJson.Result r = parse(json);
        assertThat(r).isInstanceOf(UsageEventJson.Refused.class);
        return (UsageEventJson.Refused) r;
    }

    @Test
    void readsAnEventWithTheCanonicalNumberAndTheInstant() {
        UsageEvent e = accepted("""
                {"msisdn":"+8613800138000","ts":"2026-11-05T18:00:00+08:00","data_mb":12.5,"voice_min":3,"sms":1,"event_id":"cdr-1","cell":"x"}""");
        assertThat(e).isEqualTo(new UsageEvent("13800138000", Instant.parse("2026-11-05T10:00:00Z"), 12_500, 3, 1, "cdr-1"));
    }

    @Test
    void dataIsRoundedUpToTheStartedKilobyte() {
        assertThat(accepted(event("0.0001")).dataMilliMb()).isEqualTo(1);
        assertThat(accepted(event("2")).dataMilliMb()).isEqualTo(2_000);
        assertThat(accepted(event("1e2")).dataMilliMb()).isEqualTo(100_000);
    }

    private static String event(String dataMb) {
        return "{\"msisdn\":\"13800138000\",\"ts\":\"2026-11-05T10:00:00Z\",\"data_mb\":" + dataMb + ",\"voice_min\":0,\"sms\":0,\"event_id\":\"e\"}";
    }

    @Test
    void aMissingOrNullFieldIsNamed() {
        UsageEventJson.Refused r = refused("{\"msisdn\":\"13800138000\",\"ts\":\"2026-11-05T10:00:00Z\",\"data_mb\":1,\"voice_min\":0,\"event_id\":\"e\"}");
        assertThat(r.reason()).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(r.detail()).startsWith("sms");
        assertThat(refused(event("null")).detail()).startsWith("data_mb");
    }

    @Test
    void aFieldOfTheWrongTypeOrRangeIsInvalid() {
        assertThat(refused(event("-1")).reason()).isEqualTo(RejectReason.INVALID_FIELD);
        assertThat(refused(event("\"12\"")).reason()).isEqualTo(RejectReason.INVALID_FIELD);
        assertThat(refused(event("2000000")).reason()).isEqualTo(RejectReason.INVALID_FIELD);
        assertThat(refused(event("1").replace("\"voice_min\":0", "\"voice_min\":1.5")).detail()).startsWith("voice_min");
        assertThat(refused(event("1").replace("\"13800138000\"", "13800138000")).detail()).startsWith("msisdn");
        assertThat(refused(event("1").replace("13800138000", "138-0013-8000")).detail()).startsWith("msisdn");
        assertThat(refused(event("1").replace("2026-11-05T10:00:00Z", "2026-11-05T10:00:00")).detail()).startsWith("ts");
        assertThat(refused(event("1").replace("\"e\"", "\"\"")).detail()).startsWith("event_id");
        assertThat(refused(event("1").replace("\"sms\":0", "\"sms\":99999999999999999999999")).detail()).startsWith("sms");
    }

    @Test
    void brokenJsonIsMalformedEvenWhenAFieldWasAlsoWrong() {
        assertThat(refused("not json").reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(refused("[1,2]").reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(refused("{\"msisdn\":1,").reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(refused(event("1") + "{}").reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(refused("{\"sms\":1,\"sms\":2}").reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(UsageEventJson.parse(new byte[0])).isInstanceOf(UsageEventJson.Refused.class);
        assertThat(((UsageEventJson.Refused) UsageEventJson.parse(new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'})).reason())
                .isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void aBatchGivesOneResultPerEventInOrder() {
        String good = event("1");
        java.util.List<UsageEventJson.Result> r = UsageEventJson.parseBatch(("[" + good + "," + event("-1") + ",7," + good + "]")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r).hasSize(4);
        assertThat(r.get(0)).isInstanceOf(UsageEventJson.Accepted.class);
        assertThat(((UsageEventJson.Refused) r.get(1)).reason()).isEqualTo(RejectReason.INVALID_FIELD);
        assertThat(((UsageEventJson.Refused) r.get(2)).reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(r.get(3)).isEqualTo(r.get(0));
        assertThat(UsageEventJson.parseBatch(good.getBytes(StandardCharsets.UTF_8))).containsExactly(UsageEventJson.parse(good.getBytes(StandardCharsets.UTF_8)));
        // broken anywhere: nothing of it is taken
        assertThat(UsageEventJson.parseBatch(("[" + good + "," + good).getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(x -> ((UsageEventJson.Refused) x).reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(UsageEventJson.parseBatch("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void writtenEventsReadBackTheSame() {
        UsageEvent e = new UsageEvent("13800138000", Instant.parse("2026-11-05T10:00:00.123Z"), 1_234_567, 12, 3, "id-é");
        assertThat(((UsageEventJson.Accepted) UsageEventJson.parse(UsageEventJson.write(e))).event()).isEqualTo(e);
    }
}
