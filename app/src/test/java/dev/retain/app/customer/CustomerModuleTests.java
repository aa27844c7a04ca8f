package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.ModuleSlice;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The customer module with only what it uses (admin for the reject-rate setting, security, core): an import loads a province and
 * announces it with {@link ProvinceImported}, whoever listens. The cycle module that reacts to
 * the event is not started, so no publication is kept for it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CustomerModuleTests {

    @Autowired ConfigurableApplicationContext context;
    @Autowired ImportService imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    @Test
    void onlyTheCustomerModuleAndWhatItUsesAreStarted() {
        assertThat(ModuleSlice.modulesWithBeans(context)).containsExactly("admin", "core", "customer", "security");
    }

    @Test
    void anImportLoadsTheProvinceAndAnnouncesItsMonths(Scenario scenario) throws Exception {
        SmallProvince province = new SmallProvince(131, 6);
        Path files = province.write(tmp);

        scenario.stimulate(() -> imports.importFrom(files, "slice-importer", ImportService.CLI))
                .andWaitForEventOfType(ProvinceImported.class)
                .matching(event -> "slice-importer".equals(event.username()))
                .toArriveAndVerify((event, run) -> {
                    assertThat(run.succeeded()).as(run.message()).isTrue();
                    assertThat(event.importId()).isEqualTo(run.id());
                    assertThat(event.usageMonths()).containsExactly(YearMonth.parse(SmallProvince.JAN), YearMonth.parse(SmallProvince.FEB));
                });
        assertThat(province.counts(jdbc)).isEqualTo(new SmallProvince.Counts(1, 1, 1, 6, 12, 6));
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single())
                .as("no listener of another module here, so nothing to deliver later").isZero();
    }
}
