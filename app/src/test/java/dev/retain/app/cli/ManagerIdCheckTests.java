package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.customer.Managers;
import dev.retain.app.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** A manager's login names a manager of the province, with the same role. */
@SpringBootTest
@Transactional
class ManagerIdCheckTests {

    @Autowired JdbcClient jdbc;
    @Autowired Managers managers;

    @Test
    void beforeTheFirstImportTheIdIsAcceptedWithANotice() {
        jdbc.sql("delete from manager").update();
        assertThat(ManagerIdCheck.check(managers, "PM-HZ-007", Role.PHONE_MANAGER)).hasValueSatisfying(
                notice -> assertThat(notice).contains("no managers imported yet"));
    }

    @Test
    void anImportedManagerOfTheSameRoleIsAccepted() {
        jdbc.sql("insert into manager (manager_id, name, role, region) values ('PM-HZ-007', '电话经理七', 'phone_manager', 'hangzhou')").update();
        assertThat(ManagerIdCheck.check(managers, "PM-HZ-007", Role.PHONE_MANAGER)).isEmpty();
    }

    @Test
    void anUnknownIdOrAnotherRoleIsRefused() {
        jdbc.sql("insert into manager (manager_id, name, role, region) values ('CM-HZ-007', '客户经理七', 'customer_manager', 'hangzhou')").update();
        assertThatThrownBy(() -> ManagerIdCheck.check(managers, "PM-HZ-070", Role.PHONE_MANAGER))
                .isInstanceOf(UsageException.class).hasMessageContaining("PM-HZ-070 is not in the imported managers.csv");
        assertThatThrownBy(() -> ManagerIdCheck.check(managers, "CM-HZ-007", Role.PHONE_MANAGER))
                .isInstanceOf(UsageException.class).hasMessageContaining("CM-HZ-007 is a customer_manager, not a phone_manager");
    }
}
