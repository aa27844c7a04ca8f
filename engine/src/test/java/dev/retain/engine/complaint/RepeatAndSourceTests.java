package dev.retain.engine.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatAndSourceTests {

    private static final Instant NOW = Instant.parse("2026-10-20T02:00:00Z");

    @Test
    void onlyEarlierComplaintsInsideTheWindowCount() {
        List<Instant> earlier = List.of(
                Instant.parse("2026-09-20T02:00:00Z"),  // exactly 30 days before: in
                Instant.parse("2026-09-20T01:59:59Z"),  // a second too early: out
                Instant.parse("2026-10-19T10:00:00Z"),  // yesterday: in
                NOW,                                    // the complaint itself: out
                Instant.parse("2026-10-21T00:00:00Z")); // later: never counts
        assertThat(RepeatDetector.repeatCount(NOW, earlier, 30)).isEqualTo(2);
        assertThat(RepeatDetector.repeatCount(NOW, earlier, 1)).isEqualTo(1);
        assertThat(RepeatDetector.repeatCount(NOW, List.of(), 30)).isZero();
    }

    @Test
    void eachChannelBelongsToOneOf004sFourClasses() {
        assertThat(SourceClass.ofChannel("quality")).isEqualTo(SourceClass.INTERNAL);
        assertThat(SourceClass.ofChannel("hotline")).isEqualTo(SourceClass.HOTLINE_HALL);
        assertThat(SourceClass.ofChannel("api")).isEqualTo(SourceClass.HOTLINE_HALL);
        assertThat(SourceClass.ofChannel("network_alarm")).isEqualTo(SourceClass.NETWORK);
        assertThat(SourceClass.ofChannel("import")).isEqualTo(SourceClass.ANALYSIS);
        for (String c : SourceClass.CHANNELS) assertThat(SourceClass.ofChannel(c)).isNotNull();
        assertThatThrownBy(() -> SourceClass.ofChannel("fax")).hasMessageStartingWith("channel: unknown channel 'fax'");
    }
}
