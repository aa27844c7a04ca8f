package dev.retain.app.campaign.campaigns;

import dev.retain.app.notify.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign as stored, with its members counted. */
public record CampaignView(long id, String name, String targetRule, List<Long> offerIds, Channel channel, String templateCode, String text,
                           BigDecimal holdoutShare, BigDecimal budget, BigDecimal costPerMember, LocalDate startsOn, LocalDate endsOn,
                           boolean autoRun, Instant createdAt, String createdBy, int treated, int holdout, BigDecimal reserved, int runs) {

    /** Whether a run on {@code day} (business date) is inside the schedule. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The outbox reason and call purpose that tag this campaign's contacts (the holdout veto reads it back). */
    public String purpose() {
        return CampaignHoldoutVeto.PURPOSE_PREFIX + id;
    }

    public int members() {
        return treated + holdout;
    }
}
