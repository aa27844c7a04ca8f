package dev.retain.app.campaign.campaigns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's campaign ({@code retain demo}): an SMS to the yellow-zone customers with a 10 % holdout, set up and not
 * run, so that a supervisor runs it on its page and watches the SMSC simulator receive the treated group's texts and
 * none of the holdout's. Once: a later start finds it by name.
 */
@Service
public class CampaignsDemo {

    /** What the demo prints. */
    public record DemoCampaign(long id, String name, boolean created) {
    }

    static final String NAME = "黄区客户关怀短信";
    static final String TEXT = "【浙江移动】尊敬的客户，感谢您的长期支持！本月为您准备了专属流量礼包，回复 1 即可了解详情。";

    private final Campaigns campaigns;
    private final Clock clock;

    CampaignsDemo(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Transactional
    public DemoCampaign seed() {
        for (CampaignView c : campaigns.list()) if (c.name().equals(NAME)) return new DemoCampaign(c.id(), c.name(), false);
        LocalDate today = LocalDate.now(clock);
        long id = campaigns.create(new CampaignDraft(NAME, "zone == \"yellow\"", List.of(), "sms", null, TEXT, new BigDecimal("0.10"),
                BigDecimal.ZERO, today, today.plusDays(30)), "demo");
        return new DemoCampaign(id, NAME, true);
    }
}
