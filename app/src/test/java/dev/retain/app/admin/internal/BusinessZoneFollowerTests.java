package dev.retain.app.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.core.BusinessClock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A business time zone saved by another instance (a row in the setting table, no save on this one) reaches this instance's clock. */
@RetainWebTest
class BusinessZoneFollowerTests {

    @Autowired BusinessZoneFollower follower;
    @Autowired BusinessClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void aZoneSavedElsewhereIsFollowedAtTheNextCheck() {
        ZoneId before = clock.getZone();
        String saved = jdbc.sql("select value from setting where key = ?").param(SettingsCatalogue.BUSINESS_TIME_ZONE)
                .query(String.class).optional().orElse(null);
        try {
            jdbc.sql("""
                            insert into setting (key, value, changed_by) values (?, 'Asia/Urumqi', 'another-instance')
                            on conflict (key) do update set value = excluded.value""")
                    .param(SettingsCatalogue.BUSINESS_TIME_ZONE).update();
            follower.follow();
            assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        } finally {
            if (saved == null) {
                jdbc.sql("delete from setting where key = ?").param(SettingsCatalogue.BUSINESS_TIME_ZONE).update();
            } else {
                jdbc.sql("update setting set value = ? where key = ?").params(saved, SettingsCatalogue.BUSINESS_TIME_ZONE).update();
            }
            follower.follow();
        }
        assertThat(clock.getZone()).isEqualTo(before);
    }
}
