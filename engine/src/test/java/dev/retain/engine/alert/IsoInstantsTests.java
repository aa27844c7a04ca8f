package dev.retain.engine.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantsTests {

    /** Seeded random times in the shapes producers write, and the library's own parse as the judge. */
    @Test
    void theHandReaderAgreesWithOffsetDateTimeParse() {
        Random random = new Random(3);
        String[] patterns = {"yyyy-MM-dd'T'HH:mm:ssXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX",
                "yyyy-MM-dd'T'HH:mm:ss.SXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX"};
        for (int i = 0; i < 20_000; i++) {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800);
            OffsetDateTime t = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(200_000_000), random.nextInt(1_000_000_000))
                    .atOffset(offset);
            String text = t.format(DateTimeFormatter.ofPattern(patterns[random.nextInt(patterns.length)]));
            Instant expected = OffsetDateTime.parse(text).toInstant();
            assertThat(IsoInstants.common(text)).as(text).isEqualTo(expected);
            assertThat(IsoInstants.parse(text)).isEqualTo(expected);
        }
    }

    @Test
    void otherShapesGoToTheFullParserWhichDecides() {
        assertThat(IsoInstants.common("2026-11-05t10:00:00z")).isNull();
        assertThat(IsoInstants.parse("2026-11-05t10:00:00z")).isEqualTo(Instant.parse("2026-11-05T10:00:00Z"));
        assertThat(IsoInstants.common("2026-11-05T10:00Z")).isNull();
        assertThat(IsoInstants.parse("2026-11-05T10:00Z")).isEqualTo(Instant.parse("2026-11-05T10:00:00Z"));
        assertThat(IsoInstants.common("2026-11-05T10:00:00.Z")).isNull(); // a dot without digits: the library takes it
        assertThat(IsoInstants.parse("2026-11-05T10:00:00.Z")).isEqualTo(Instant.parse("2026-11-05T10:00:00Z"));
        for (String bad : new String[] {"2026-02-30T10:00:00Z", "2026-11-05T24:00:00Z", "2026-11-05T10:00:00", "2026-11-05T10:00:00+19:00",
                "2026-11-05T10:00:00.1234567890Z", "2026-11-05 10:00:00Z", "２０２６-11-05T10:00:00Z"}) {
            assertThat(IsoInstants.common(bad)).as(bad).isNull();
            assertThatThrownBy(() -> IsoInstants.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
