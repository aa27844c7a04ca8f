package dev.retain.app.cycle;

import static dev.retain.app.cycle.CycleTestProvince.MONTH;
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

/** A threshold and a capacity saved by the admin change what the next cycle computes. */
@RetainWebTest
class CycleUsesSettingsInForceTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired CycleService cycles;
    @Autowired RetentionSettings settings;
    @Autowired SettingsEditor editor;
    @Autowired Segments segments;
    @Autowired Users users;

    @AfterEach
    void restoreDefaults() {
        SettingsTestSupport.restoreDefaults(editor, users.find(TestLogins.ADMIN).orElseThrow());
    }

    private long inProgramme() {
        return segments.zoneCounts(MONTH).entrySet().stream().filter(e -> !e.getKey().equals("none")).mapToLong(Map.Entry::getValue).sum();
    }

    /** Phone customers with a manager (most phone managers of the synthetic province have no capacity of their own). */
    private long phoneCustomersAssigned(CycleTestProvince p) {
        return jdbc.sql("select count(*) from assignment where month = ? and msisdn = any(?) and role = 'phone_manager' and manager_id is not null")
                .params(MONTH.toString(), p.msisdns).query(Long.class).single();
    }

    @Test
    void aLowerHighValueBillAndASmallerCapacityReachTheNextCycle() {
        CycleTestProvince province = CycleTestProvince.loadedInto(dataSource);
        SettingsTestSupport.restoreDefaults(editor, users.find(TestLogins.ADMIN).orElseThrow());
        CycleRun before = cycles.runNow(MONTH, TestLogins.SUPERVISOR);
        assertThat(before.status()).as(before.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
        long programmeBefore = inProgramme();
        long phoneAssignedBefore = phoneCustomersAssigned(province);
        assertThat(phoneAssignedBefore).isGreaterThan(1);

        SettingsTestSupport.saveConfirmed(editor, Map.of("zone.high-value-bill", "120.00", "assignment.phone-manager-capacity", "1"),
                users.find(TestLogins.ADMIN).orElseThrow());
        CycleRun after = cycles.runNow(MONTH, TestLogins.SUPERVISOR);

        assertThat(after.status()).as(after.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
        assertThat(inProgramme()).as("more customers reach a lower A").isGreaterThan(programmeBefore);
        assertThat(phoneCustomersAssigned(province)).as("one customer per phone manager without a capacity of its own")
                .isLessThan(phoneAssignedBefore);
        // and exactly what the engine computes with the settings in force
        CycleTestProvince.Expected expected = province.expected(settings);
        assertThat(settings.cycleSettings().zones().highValueBillFen()).isEqualTo(12_000);
        assertThat(CycleTestSupport.taskIds(jdbc, province)).containsExactlyInAnyOrderElementsOf(expected.taskIds());
        assertThat(CycleTestSupport.assignments(jdbc, province)).isEqualTo(expected.assignments().size());
        assertThat(segments.zoneCounts(MONTH).get("red")).isEqualTo(expected.zone("red"));
    }
}
