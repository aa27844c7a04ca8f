package dev.retain.app.security.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): the code an authenticator app
 * shows for a shared secret and the current 30-second step. SHA-1 and six digits, what every
 * authenticator app uses by default.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** One step either side: the phone's clock and the server's may differ by a few seconds. */
    static final int ALLOWED_DRIFT_STEPS = 1;

    private Totp() {
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for {@code step}, with {@code digits} digits, under HMAC-{@code algorithm} (HmacSHA1, HmacSHA256, HmacSHA512). */
    static String code(byte[] secret, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            // RFC 4226 §5.3 dynamic truncation
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /**
     * The step {@code code} belongs to, if it is the code of the step at {@code now} or of one
     * step either side, and newer than {@code lastUsedStep} (a code is accepted once).
     */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) return OptionalLong.empty();
        long current = step(now);
        for (long s = current - ALLOWED_DRIFT_STEPS; s <= current + ALLOWED_DRIFT_STEPS; s++) {
            if (s <= lastUsedStep) continue;
            // constant-time comparison: the time a wrong code takes says nothing about the right one
            if (MessageDigest.isEqual(code(secret, s).getBytes(), code.getBytes())) return OptionalLong.of(s);
        }
        return OptionalLong.empty();
    }
}
