package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** managers.csv's optional branch and team (issue 16): stored on the manager, empty when a later file leaves them out. */
@RetainWebTest
class ManagerBranchTeamImportTests {

    @Autowired ImportService imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    private Map<String, Object> manager(String id) {
        return jdbc.sql("select branch, team from manager where manager_id = ?").param(id).query().singleRow();
    }

    @Test
    void branchAndTeamAreImportedAndALaterFileWithoutThemClearsThem() throws Exception {
        Path with = Files.createDirectories(tmp.resolve("with"));
        Files.writeString(with.resolve("managers.csv"), """
                manager_id,name,role,region,capacity,active,branch,team
                CM-BT-001,王芳,customer_manager,hangzhou,,true,hangzhou-xihu,CM-hangzhou-xihu
                PM-BT-001,李强,phone_manager,hangzhou,,true,,
                """);
        assertThat(imports.importFrom(with, "tester", ImportService.CLI, 0.0).succeeded()).isTrue();
        assertThat(manager("CM-BT-001")).containsEntry("branch", "hangzhou-xihu").containsEntry("team", "CM-hangzhou-xihu");
        assertThat(manager("PM-BT-001").get("team")).as("empty: no team").isNull();

        Path without = Files.createDirectories(tmp.resolve("without"));
        Files.writeString(without.resolve("managers.csv"), """
                manager_id,name,role,region,capacity,active
                CM-BT-001,王芳,customer_manager,hangzhou,,true
                """);
        assertThat(imports.importFrom(without, "tester", ImportService.CLI, 0.0).succeeded()).isTrue();
        assertThat(manager("CM-BT-001").get("branch")).as("the export is the manager's state").isNull();
    }
}
