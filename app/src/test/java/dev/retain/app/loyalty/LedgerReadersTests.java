package dev.retain.app.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.care.internal.CareCustomersReadModel;
import dev.retain.app.retention.internal.CustomerProfile;
import dev.retain.app.retention.internal.CustomerReadModel;
import dev.retain.engine.care.CareFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The readers of points (the 360 view, the care calendar) read the ledger once it keeps the subscriber's account, and
 * BOSS's imported columns before. MSISDNs 13979400xxx.
 */
@RetainWebTest
class LedgerReadersTests {

    @Autowired PointsLedger ledger;
    @Autowired CustomerReadModel customers;
    @Autowired CareCustomersReadModel care;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private Map<String, CareFacts> careFacts(LocalDate day, List<String> numbers) {
        Map<String, CareFacts> found = new HashMap<>();
        care.forEachSubscriber(day, ZoneId.of("Asia/Shanghai"), (msisdn, facts) -> {
            if (numbers.contains(msisdn)) found.put(msisdn, facts);
        });
        return found;
    }

    @Test
    void theViewAndTheCareCalendarReadTheLedgerOnceItHasTheAccount() {
        LocalDate today = LocalDate.now(clock);
        String boss = "13979400001";
        String kept = "13979400002";
        LedgerFixture.subscriber(jdbc, boss, 900, today.plusDays(20));
        LedgerFixture.subscriber(jdbc, kept, 900, today.plusDays(20));

        CustomerProfile before = customers.profile(kept).orElseThrow();
        assertThat(before.points()).as("no account yet: BOSS's columns").isEqualTo(900);
        assertThat(before.pointsExpiry()).isEqualTo(today.plusDays(20));

        // the ledger opens the account from BOSS's points, then changes it: 900 (day 20) - 600 + 300 (day 10) + 500 (day 200)
        ledger.redeem("rd-r1", kept, 600, null);
        ledger.grant("rd-g1", kept, 300, today.plusDays(10), "campaign", null);
        ledger.grant("rd-g2", kept, 200, today.plusDays(10), "campaign", null);
        ledger.grant("rd-g3", kept, 500, today.plusDays(200), "tenure", null);
        CustomerProfile after = customers.profile(kept).orElseThrow();
        assertThat(after.points()).isEqualTo(1300);
        assertThat(after.pointsExpiry()).as("the soonest lot with points left").isEqualTo(today.plusDays(10));
        assertThat(after.pointsExpireSoon()).isTrue();
        assertThat(customers.profile(boss).orElseThrow().points()).isEqualTo(900);

        Map<String, CareFacts> facts = careFacts(today, List.of(boss, kept));
        assertThat(facts.get(boss).points()).isEqualTo(900);
        assertThat(facts.get(boss).pointsExpiry()).isEqualTo(today.plusDays(20));
        assertThat(facts.get(kept).points()).as("the points expiring on the soonest day").isEqualTo(500);
        assertThat(facts.get(kept).pointsExpiry()).isEqualTo(today.plusDays(10));
        assertThat(care.customers(List.of(kept)).get(kept)).satisfies(c -> {
            assertThat(c.points()).isEqualTo(500);
            assertThat(c.pointsExpiry()).isEqualTo(today.plusDays(10));
        });

        // once the soonest lots have passed, the next date is the moment
        Map<String, CareFacts> later = careFacts(today.plusDays(11), List.of(kept));
        assertThat(later.get(kept).points()).isEqualTo(300);
        assertThat(later.get(kept).pointsExpiry()).isEqualTo(today.plusDays(20));

        // all spent: no points, no expiry, even though BOSS's columns still say 900
        ledger.redeem("rd-r2", kept, 1300, null);
        CustomerProfile spent = customers.profile(kept).orElseThrow();
        assertThat(spent.points()).isZero();
        assertThat(spent.pointsExpiry()).isNull();
        assertThat(spent.pointsExpireSoon()).isFalse();
        assertThat(careFacts(today, List.of(kept)).get(kept).points()).isZero();
    }
}
