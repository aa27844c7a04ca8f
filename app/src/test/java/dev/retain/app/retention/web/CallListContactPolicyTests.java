package dev.retain.app.retention.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactPolicy;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.retention.internal.CallListReadModel;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.Role;
import dev.retain.app.security.RetainUser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The call list passes the one contact policy (R6.6): a customer it suppresses (do-not-disturb,
 * opted out) is not on a dialer's list; one held for now (quiet hours) still is. The policy here
 * is a stand-in of the notify module's, deciding by number. MSISDNs 1390073xxxx, manager PM-POLICY.
 */
@RetainWebTest
class CallListContactPolicyTests {

    @Autowired CallListReadModel calls;
    @Autowired AuditLog auditLog;
    @Autowired MessageSource messages;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    private void customerWithTaskDueToday(String msisdn, long priority) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date)
                        values (?, ?, '赵六', 'hangzhou', 'gotone', date '2015-01-01') on conflict do nothing""")
                .params(msisdn, msisdn).update();
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, actions, priority, value_at_risk, due_date, manager_id)
                        values (?, ?, '2026-10', 'retention', 'yellow_zone', '', ?, 1.00, ?, 'PM-POLICY') on conflict do nothing""")
                .params("T-POLICY-" + msisdn, msisdn, priority, LocalDate.now(clock)).update();
    }

    @Test
    void suppressedCustomersAreLeftOutAndHeldOnesStay() throws Exception {
        customerWithTaskDueToday("13900730001", 300);
        customerWithTaskDueToday("13900730002", 200);
        customerWithTaskDueToday("13900730003", 100);
        List<String> asked = new ArrayList<>();
        ContactPolicy policy = (msisdn, channel, messageClass, at, purpose) -> {
            asked.add(msisdn + " " + channel + " " + messageClass);
            return switch (msisdn) {
                case "13900730002" -> ContactPolicy.Decision.suppress("dnd");
                case "13900730003" -> ContactPolicy.Decision.hold("quiet_hours", Instant.now().plusSeconds(3600));
                default -> ContactPolicy.Decision.allow();
            };
        };
        CallListCsv csv = new CallListCsv(calls, new StaticListableBeanFactory(Map.of("policy", policy)).getBeanProvider(ContactPolicy.class),
                auditLog, messages, clock);
        MockHttpServletResponse response = new MockHttpServletResponse();
        RetainUser supervisor = new RetainUser("t-supervisor", "测试主管", Role.SUPERVISOR, null);

        csv.write(supervisor, "PM-POLICY", LocalDate.now(clock), Locale.ENGLISH, false, response);

        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body.lines().toList()).hasSize(3);
        assertThat(body).contains("1,13900730001,").contains("2,13900730003,").doesNotContain("13900730002");
        assertThat(asked).contains("13900730002 " + Channel.CALL + " " + MessageClass.MARKETING);
        assertThat(jdbc.sql("select detail from audit_log where subject = ? order by id desc limit 1")
                .param("call-list PM-POLICY " + LocalDate.now(clock)).query(String.class).single())
                .isEqualTo("2 rows, 1 left out by the contact policy");
    }
}
