package dev.retain.app.campaign.campaigns;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

/**
 * The holdout draw: SHA-256 of the campaign's id, its period and the customer's canonical number, read as a number
 * uniform in [0, 1); below the holdout share means holdout. Stable: the same campaign, period and customer give the
 * same group on every run and every instance, with no random state to keep; independent of anything about the
 * customer, so the groups are alike but for chance (the split test checks it on the demo province).
 */
public final class HoldoutDraw {

    private HoldoutDraw() {
    }

    /** The customer's draw in [0, 1). */
    public static double of(long campaignId, LocalDate startsOn, LocalDate endsOn, String canonicalMsisdn) {
        String input = campaignId + "|" + startsOn + "/" + endsOn + "|" + canonicalMsisdn;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            long bits = ByteBuffer.wrap(hash, 0, 8).getLong() >>> 11; // the top 53 bits: exactly representable as a double
            return bits / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a draw falls in the holdout for {@code share} (0 ≤ share < 1). */
    public static boolean holdout(double draw, double share) {
        return draw < share;
    }
}
