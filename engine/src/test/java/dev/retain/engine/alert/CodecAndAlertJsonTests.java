package dev.retain.engine.alert;

import static dev.retain.engine.alert.AlertFixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodecAndAlertJsonTests {

    /** Random event streams (seeded) drive real states through the codec: every state reads back equal. */
    @Test
    void everyStateTheLogicMakesReadsBackEqual() {
        Random random = new Random(12);
        AlertSettings settings = AlertSettings.defaults().withDedup(Duration.ofHours(6), 40);
        for (int run = 0; run < 50; run++) {
            InMemoryUsageAlerts alerts = new InMemoryUsageAlerts(AlertFixtures.subscribers(), AlertFixtures.plans(), settings);
            Instant now = Instant.parse("2026-12-02T00:00:00Z");
            for (int i = 0; i < 200; i++) {
                Instant ts = Instant.parse("2026-11-20T00:00:00Z").plusSeconds(random.nextInt(12 * 24 * 3600));
                alerts.accept(new UsageEvent(ALICE, ts, random.nextInt(50_000), random.nextInt(5), random.nextInt(2), "id" + random.nextInt(300)), now);
                SubscriberUsage s = alerts.state(ALICE);
                if (s != null) assertThat(SubscriberUsageCodec.decode(SubscriberUsageCodec.encode(s))).isEqualTo(s);
            }
            assertThat(alerts.state(ALICE).previous()).isNotNull();
        }
    }

    @Test
    void aDamagedStateIsRefusedNotMisread() {
        InMemoryUsageAlerts alerts = new InMemoryUsageAlerts(AlertFixtures.subscribers(), AlertFixtures.plans(), AlertSettings.defaults());
        alerts.accept(AlertFixtures.data(ALICE, "2026-11-02T00:00:00Z", 900, "e"), Instant.parse("2026-11-03T00:00:00Z"));
        byte[] bytes = SubscriberUsageCodec.encode(alerts.state(ALICE));
        assertThatThrownBy(() -> SubscriberUsageCodec.decode(java.util.Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
        bytes[0] = 9;
        assertThatThrownBy(() -> SubscriberUsageCodec.decode(bytes)).hasMessageContaining("version");
    }

    @Test
    void alertsReadBackFromTheirJsonEqual() {
        InMemoryUsageAlerts alerts = new InMemoryUsageAlerts(AlertFixtures.subscribers(), AlertFixtures.plans(), AlertSettings.defaults());
        List<UsageAlert> raised = new ArrayList<>(alerts.alerts(
                new UsageEvent(ALICE, Instant.parse("2026-11-02T00:00:00Z"), 1_400_001, 90, 45, "e"), Instant.parse("2026-11-03T00:00:00Z")));
        assertThat(raised).extracting(a -> a.kind()).contains(AlertKind.ALLOWANCE, AlertKind.BILL_SHOCK);
        for (UsageAlert a : raised) assertThat(UsageAlertJson.parse(UsageAlertJson.write(a))).isEqualTo(a);
        String json = new String(UsageAlertJson.write(raised.get(raised.size() - 1)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"kind\":\"bill_shock\"", "\"threshold_fen\":10000", "\"data_mb\":1400.001",
                "\"estimated_overage_fen\":11629").doesNotContain("resource");
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        AlertSettings d = AlertSettings.defaults();
        assertThatThrownBy(() -> d.withAllowancePercents(List.of(0))).hasMessageContaining(AlertSettings.ALLOWANCE_PERCENTS);
        assertThatThrownBy(() -> d.withAllowancePercents(List.of(80, 80))).hasMessageContaining("twice");
        assertThatThrownBy(() -> d.withBillShockFen(-1)).hasMessageContaining(AlertSettings.BILL_SHOCK);
        assertThatThrownBy(() -> d.withLateGrace(Duration.ofDays(40))).hasMessageContaining(AlertSettings.LATE_GRACE);
        assertThatThrownBy(() -> d.withDedup(Duration.ofDays(1), 0)).hasMessageContaining(AlertSettings.MAX_REMEMBERED_IDS);
        assertThat(AlertSettings.parsePercents(" 100, 80")).containsExactly(100, 80);
        assertThat(d.withAllowancePercents(AlertSettings.parsePercents("100,80")).allowancePercents()).containsExactly(80, 100);
        assertThatThrownBy(() -> AlertSettings.parsePercents("80%")).hasMessageContaining("80,100");
    }
}
