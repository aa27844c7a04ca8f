package dev.retain.app.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238's test vectors (Appendix B) and RFC 4648's Base32 vectors; the code window and replay rules. */
class TotpTests {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    private static final long[] TIMES = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};

    @Test
    void rfc6238TestVectorsForSha1Sha256AndSha512() {
        String[] sha1 = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        String[] sha256 = {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"};
        String[] sha512 = {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"};
        for (int i = 0; i < TIMES.length; i++) {
            long step = Totp.step(Instant.ofEpochSecond(TIMES[i]));
            assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).as("SHA1 at %d", TIMES[i]).isEqualTo(sha1[i]);
            assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).as("SHA256 at %d", TIMES[i]).isEqualTo(sha256[i]);
            assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).as("SHA512 at %d", TIMES[i]).isEqualTo(sha512[i]);
        }
    }

    @Test
    void theSixDigitCodeIsTheLastSixDigitsOfTheEightDigitOne() {
        long step = Totp.step(Instant.ofEpochSecond(1111111109L));
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo("081804");
    }

    @Test
    void base32FollowsRfc4648AndRoundTrips() {
        String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
                {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (String[] v : vectors) {
            assertThat(Base32.encode(v[0].getBytes(StandardCharsets.US_ASCII))).isEqualTo(v[1]);
            assertThat(new String(Base32.decode(v[1]), StandardCharsets.US_ASCII)).isEqualTo(v[0]);
        }
        // as people type secrets: lower case, spaces, padding
        assertThat(new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        String current = Totp.code(SHA1_SEED, step);
        assertThat(Totp.matchingStep(SHA1_SEED, current, now, -1)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, -1)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, -1)).hasValue(step + 1);
        // two steps away: a minute old (or ahead) is too far
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, -1)).isEmpty();
        // a step already used (or older) is refused: the same code cannot log in twice
        assertThat(Totp.matchingStep(SHA1_SEED, current, now, step)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step - 1)).isEmpty();
        // not six digits
        assertThat(Totp.matchingStep(SHA1_SEED, null, now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "12345", now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "abcdef", now, -1)).isEmpty();
    }
}
