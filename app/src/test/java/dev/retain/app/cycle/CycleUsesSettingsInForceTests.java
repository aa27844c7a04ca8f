package dev.retain.app.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.admin.SettingsEditor;
import dev.retain.app.admin.SettingsTestSupport;
import dev.retain.app.security.Users;
import dev.retain.app.segment.Segments;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A threshold and a capacity saved by the admin change what the next cycle computes. Runs the
 * province's month before {@code MONTH}: a customer who leaves the programme keeps the assignment
 * row of the month it was made, so a run of {@code MONTH} with other settings would leave rows
 * that {@link CycleServiceTests} counts.
 */
@RetainWebTest
class CycleUsesSettingsInForceTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired CycleService cycles;
    @Autowired RetentionSettings settings;
    @Autowired SettingsEditor editor;
    @Autowired Segments segments;
    @Autowired Users users;

    static final java.time.YearMonth MONTH_BEFORE = CycleTestProvince.MONTH.minusMonths(1);

    @AfterEach
    void restoreDefaults() {
        SettingsTestSupport.restoreDefaults(editor, users.find(TestLogins.ADMIN).orElseThrow());
    }

    private long inProgramme() {
        return segments.zoneCounts(MONTH_BEFORE).entrySet().stream().filter(e -> !e.getKey().equals("none")).mapToLong(Map.Entry::getValue).sum();
    }

    /** The most customers any phone manager without a capacity of its own (the role's default applies) holds this month. */
    private long mostCustomersOfADefaultCapacityPhoneManager(CycleTestProvince p) {
        return jdbc.sql("""
                        select coalesce(max(n), 0) from (
                          select a.manager_id, count(*) as n from assignment a join manager m on m.manager_id = a.manager_id
                          where a.month = ? and a.msisdn = any(?) and m.role = 'phone_manager' and m.capacity is null
                          group by a.manager_id) held""")
                .params(MONTH_BEFORE.toString(), p.msisdns).query(Long.class).single();
    }

    @Test
    void aSmallerCapacityAndALowerHighValueBillReachTheNextCycle() {
        CycleTestProvince province = CycleTestProvince.loadedInto(dataSource);
        var admin = users.find(TestLogins.ADMIN).orElseThrow();
        SettingsTestSupport.restoreDefaults(editor, admin);
        assertThat(run().status()).isEqualTo(CycleRun.Status.SUCCEEDED);
        long programmeBefore = inProgramme();
        assertThat(mostCustomersOfADefaultCapacityPhoneManager(province)).isGreaterThan(1);

        SettingsTestSupport.saveConfirmed(editor, Map.of("assignment.phone-manager-capacity", "1"), admin);
        CycleRun smaller = run();
        assertThat(smaller.status()).as(smaller.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
        assertThat(inProgramme()).isEqualTo(programmeBefore);
        assertThat(mostCustomersOfADefaultCapacityPhoneManager(province)).as("the default capacity is now 1").isEqualTo(1);

        SettingsTestSupport.saveConfirmed(editor, Map.of("zone.high-value-bill", "120.00"), admin);
        CycleRun lower = run();
        assertThat(lower.status()).as(lower.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
        assertThat(inProgramme()).as("more customers reach a lower A").isGreaterThan(programmeBefore);
        assertThat(settings.cycleSettings().zones().highValueBillFen()).isEqualTo(12_000);
    }

    private CycleRun run() {
        return cycles.runNow(MONTH_BEFORE, TestLogins.SUPERVISOR);
    }
}
