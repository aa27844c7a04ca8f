package dev.retain.app.campaign;

import dev.retain.app.campaign.campaigns.CampaignsDemo;
import dev.retain.app.campaign.event.VipEventDraft;
import dev.retain.app.campaign.event.VipEventView;
import dev.retain.app.campaign.event.VipEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's VIP event ({@code retain demo}): a show two weeks ahead with a pool for diamond and gold customers and one
 * for silver, claimed by texting its keyword. Once: a later start finds it by title (and makes another only once the
 * first has closed, with a keyword still free). And the demo's campaign ({@link CampaignsDemo}).
 */
@Service
public class CampaignDemo {

    /** What the demo prints. */
    public record DemoEvent(long id, String title, String keyword, int tickets) {
    }

    /** The demo's campaign, ready to run. */
    public record DemoCampaign(long id, String name) {
    }

    static final String TITLE = "越剧专场·会员之夜";
    static final String KEYWORD = "YJ";

    private final VipEvents events;
    private final CampaignsDemo campaigns;
    private final Clock clock;

    CampaignDemo(VipEvents events, CampaignsDemo campaigns, Clock clock) {
        this.events = events;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The demo's campaign (SMS to the yellow zone, 10 % holdout), set up once and left for a supervisor to run. */
    public DemoCampaign seedCampaign() {
        CampaignsDemo.DemoCampaign c = campaigns.seed();
        return new DemoCampaign(c.id(), c.name());
    }

    @Transactional
    public Optional<DemoEvent> seed() {
        Optional<VipEventView> open = events.list().stream().filter(e -> e.title().equals(TITLE) && "open".equals(e.state())).findFirst();
        if (open.isPresent()) return open.map(e -> new DemoEvent(e.id(), e.title(), e.keyword(), e.tickets()));
        if (events.list().stream().anyMatch(e -> KEYWORD.equalsIgnoreCase(e.keyword()) && "open".equals(e.state()))) return Optional.empty();
        LocalDate day = LocalDate.now(clock).plusDays(14);
        var starts = day.atTime(LocalTime.of(19, 30)).atZone(clock.getZone()).toInstant();
        long id = events.create(new VipEventDraft(TITLE, "show", "杭州剧院", starts, clock.instant(), starts.minus(Duration.ofDays(1)),
                KEYWORD, 2), "demo");
        events.addPool(id, "vip_reward", 30, List.of("diamond", "gold"), null, "demo");
        events.addPool(id, "hvc_experience", 20, List.of("silver"), null, "demo");
        VipEventView e = events.get(id);
        return Optional.of(new DemoEvent(e.id(), e.title(), e.keyword(), e.tickets()));
    }
}
