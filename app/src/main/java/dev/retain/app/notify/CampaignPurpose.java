package dev.retain.app.notify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's reason that names a campaign: {@code campaign:<id>}, in any case, possibly followed by more after a
 * non-word character ({@code campaign:12:reminder} is campaign 12's). The outbox refuses a reason that starts like one
 * and names none; a campaign's contact veto reads the campaign from it. One reading for both, so no reason can pass the
 * outbox and then escape the veto.
 */
public final class CampaignPurpose {

    private static final Pattern TAG = Pattern.compile("(?i)^campaign:");
    private static final Pattern NAMED = Pattern.compile("(?i)^campaign:(\\d{1,18})\\b");

    private CampaignPurpose() {
    }

    /** The campaign a reason names, if it names one. */
    public static Optional<Long> campaignOf(String reason) {
        if (reason == null) return Optional.empty();
        Matcher m = NAMED.matcher(reason.strip());
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** A reason that starts as a campaign's but names none ({@code campaign:x}, {@code campaign:}). */
    public static boolean malformed(String reason) {
        return reason != null && TAG.matcher(reason.strip()).find() && campaignOf(reason).isEmpty();
    }
}
