package dev.retain.app.campaign.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.segment.RuleFactsFixture;
import dev.retain.engine.rules.Facts;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's catalogue: one offer of every kind, made once (a second seed adds nothing), and a typical yellow-zone
 * customer of some tenure whose data use fell is offered several of them. MSISDNs 1379309xxxx.
 */
@RetainWebTest
class OfferDemoTests {

    @Autowired OfferDemo demo;
    @Autowired Offers offers;
    @Autowired NextBestOffers nbo;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemoSeedsOneOfferOfEachKindOnceAndATypicalCustomerFitsSeveral() {
        assertThat(demo.seed()).isEqualTo(8);
        assertThat(demo.seed()).isEqualTo(8);
        List<Offer> seeded = offers.list().stream().filter(o -> OfferDemo.codes().contains(o.code())).toList();
        assertThat(seeded).hasSize(8);
        assertThat(seeded.stream().map(Offer::kind).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(OfferKind.class));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'offer_created' and username = 'demo'").query(Integer.class).single())
                .isEqualTo(8);

        Facts f = new Facts();
        f.zone = "yellow";
        f.tier = "gold";
        f.tenureMonths = 40;
        f.bill = 128;
        f.churnScore = 0.45;
        f.dataMb = 3000;
        f.dataChangePct = -35;
        f.mou = 180;
        String msisdn = "13793090001";
        new RuleFactsFixture(jdbc).put(YearMonth.of(2026, 10), msisdn, f);
        Set<String> fits = nbo.of(msisdn, Locale.SIMPLIFIED_CHINESE).orElseThrow().ranked().stream().map(r -> r.offer().code())
                .filter(OfferDemo.codes()::contains).collect(Collectors.toSet());
        assertThat(fits).contains("DEMO-PREPAY-300", "DEMO-GIFT-CUP", "DEMO-HANDSET", "DEMO-VIDEO-TRIAL", "DEMO-POINTS", "DEMO-DATA-10G")
                .doesNotContain("DEMO-FAMILY-4", "DEMO-VOICE-300");
    }
}
