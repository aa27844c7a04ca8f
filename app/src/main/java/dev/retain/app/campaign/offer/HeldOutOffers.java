package dev.retain.app.campaign.offer;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offers a customer must not be offered because they sit in the holdout of a campaign that offers them, until that
 * campaign's measure month has ended: a manager offering them by hand would treat the control group and understate the
 * uplift. Reads the campaign module's own tables ({@code campaign_member}, {@code campaign_offer}, {@code campaign}).
 */
@Component
class HeldOutOffers {

    private final JdbcClient jdbc;
    private final int monthsAfterEnd;

    HeldOutOffers(JdbcClient jdbc, @Value("${retain.campaign.measure-months-after-end:1}") int monthsAfterEnd) {
        this.jdbc = jdbc;
        this.monthsAfterEnd = monthsAfterEnd;
    }

    /** The ids of the offers held out for the customer (canonical MSISDN) on {@code today}. */
    Set<Long> of(String msisdn, LocalDate today) {
        return new HashSet<>(jdbc.sql("""
                        select distinct co.offer_id from campaign_member m
                        join campaign c on c.id = m.campaign_id
                        join campaign_offer co on co.campaign_id = m.campaign_id
                        where m.msisdn = :msisdn and m.grp = 'holdout'
                          and (date_trunc('month', c.ends_on) + make_interval(months => :after + 1))::date > :today""")
                .param("msisdn", msisdn).param("after", monthsAfterEnd).param("today", Date.valueOf(today))
                .query(Long.class).list());
    }
}
