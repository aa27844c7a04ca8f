package dev.retain.app.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.retain.app.RetainWebTest;
import dev.retain.engine.calendar.LunarCalendar;
import dev.retain.engine.calendar.LunarDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The daily care run over a planted province on 2027-09-08 (Mid-Autumn 2027-09-15 is 7 days
 * ahead): each kind of moment becomes exactly the playbook's messages and tasks, and running the
 * day again creates nothing. A context (and database) of its own: the run reads every subscriber,
 * so other classes' customers must not be in it, nor these in theirs.
 */
@RetainWebTest
@TestPropertySource(properties = "retain.care.run-at=05:45")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareRunTests {

    static final LocalDate DAY = LocalDate.of(2027, 9, 8);

    @Autowired CareRuns runs;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void plant() {
        jdbc.sql("insert into manager (manager_id, name, role, region) values ('CM-C1', '李娜', 'customer_manager', 'hangzhou')").update();
        subscriber("13900000001", "张伟", "M", "1985-09-11", false, "none", "hangzhou");      // solar birthday in 3 days
        subscriber("13900000002", "王芳", "F", lunarBirthOn(DAY.plusDays(3)).toString(), true, "gold", "hangzhou"); // lunar birthday
        subscriber("13900000003", "刘洋", "M", null, false, "silver", "hangzhou");           // the festival only
        subscriber("13900000004", "陈静", "F", null, false, "none", "hangzhou");             // points expire in 30 days
        jdbc.sql("update subscriber set points = 1200, points_expiry = date '2027-10-08' where msisdn = '13900000004'").update();
        subscriber("13900000005", "杨磊", "M", null, false, "diamond", "hangzhou");          // contract ends in 30 days
        jdbc.sql("update subscriber set contract_end = date '2027-10-08' where msisdn = '13900000005'").update();
        subscriber("13900000006", "赵敏", "F", null, false, "none", "hangzhou");             // suspended in August
        usage("13900000006", "2027-07", "active");
        usage("13900000006", "2027-08", "suspended");
        subscriber("13900000007", "黄强", "M", null, false, "gold", "hangzhou");             // 60 days without contact on 09-15
        contact("13900000007", "2027-07-17T10:00:00");
        subscriber("13900000008", "周丽", "F", null, false, "none", "wenzhou");              // in the typhoon's region
        subscriber("13900000009", "吴刚", "M", null, false, "none", "hangzhou");             // turned precancel: the playbook does nothing
        usage("13900000009", "2027-07", "suspended");
        usage("13900000009", "2027-08", "precancel");
        for (String n : List.of("13900000002", "13900000003", "13900000005")) contact(n, "2027-09-01T10:00:00");
        jdbc.sql("""
                        insert into assignment (msisdn, manager_id, role, reason, month, assigned_by)
                        values ('13900000002', 'CM-C1', 'customer_manager', 'kept', '2027-08', 'cycle')""").update();
        jdbc.sql("""
                        insert into care_region_event (region, starts_on, ends_on, name, announced_on, created_at, created_by)
                        values ('wenzhou', date '2027-09-08', date '2027-09-10', '台风“梅花”', date '2027-09-07', now(), 'test')""").update();
    }

    @Test
    void everyKindOfMomentBecomesThePlaybooksMessagesAndTasksOnceEvenWhenTheDayRunsAgain() {
        CareRunResult first = runs.run(DAY, "test").orElseThrow();

        assertThat(first.subscribers()).isEqualTo(9);
        assertThat(first.momentsNew()).isEqualTo(11);
        assertThat(first.messages()).isEqualTo(10);
        assertThat(first.tasks()).isEqualTo(6);
        assertThat(first.refused()).isZero();
        assertThat(jdbc.sql("select msisdn, template_code, reason from outbox_message where idempotency_key like 'care:%' order by msisdn, template_code")
                .query((rs, i) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3))).list())
                .containsExactly(
                        tuple("13900000001", "birthday", "birthday"),
                        tuple("13900000002", "birthday", "birthday"),
                        tuple("13900000002", "festival", "festival"),
                        tuple("13900000003", "festival", "festival"),
                        tuple("13900000004", "points_expiry", "points_expiry"),
                        tuple("13900000005", "contract_expiry", "contract_expiry"),
                        tuple("13900000005", "festival", "festival"),
                        tuple("13900000006", "suspension_care", "suspension_care"),
                        tuple("13900000007", "festival", "festival"),
                        tuple("13900000008", "region_event", "region_event"));
        assertThat(jdbc.sql("select msisdn, kind, reasons, manager_id from task where msisdn like '1390000000%' order by msisdn, kind, reasons")
                .query((rs, i) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list())
                .containsExactly(
                        tuple("13900000002", "gift", "care_birthday", "CM-C1"),
                        tuple("13900000002", "gift", "care_festival", "CM-C1"),
                        tuple("13900000005", "contract-renewal", "care_contract_expiry", null),
                        tuple("13900000005", "gift", "care_festival", null),
                        tuple("13900000007", "care-call", "care_no_contact", null),
                        tuple("13900000007", "gift", "care_festival", null));
        assertThat(body("13900000002", "birthday")).as("the manager's name from the assignment").contains("王女士").contains("李娜");
        assertThat(body("13900000002", "festival")).contains("中秋节");
        assertThat(body("13900000004", "points_expiry")).contains("1,200").contains("10月8日");
        assertThat(body("13900000008", "region_event")).contains("台风“梅花”");
        // greetings prepared ahead go on their day at 09:00 business time; reminders as soon as prepared
        assertThat(due("13900000001", "birthday")).isEqualTo(java.time.OffsetDateTime.parse("2027-09-11T09:00:00+08:00").toInstant());
        assertThat(due("13900000004", "points_expiry")).isBefore(java.time.OffsetDateTime.parse("2027-09-09T00:00:00+08:00").toInstant());

        CareRunResult again = runs.run(DAY, "test").orElseThrow();
        assertThat(again.momentsDue()).isEqualTo(first.momentsDue());
        assertThat(again.momentsNew()).isZero();
        assertThat(again.messages()).isZero();
        assertThat(again.tasks()).isZero();
        assertThat(jdbc.sql("select count(*) from outbox_message where idempotency_key like 'care:%'").query(Integer.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from task where msisdn like '1390000000%'").query(Integer.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select status, moments_new, messages, tasks from care_run where day = ?").param(DAY)
                .query((rs, i) -> tuple(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single())
                .isEqualTo(tuple("succeeded", 0, 0, 0));
    }

    private java.time.Instant due(String msisdn, String template) {
        return jdbc.sql("select next_attempt_at from outbox_message where msisdn = ? and template_code = ?").params(msisdn, template)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private String body(String msisdn, String template) {
        return jdbc.sql("select body from outbox_message where msisdn = ? and template_code = ?").params(msisdn, template)
                .query(String.class).single();
    }

    /** A birth date in 1990 whose lunar month and day (not a leap month) fall on {@code day}. */
    private static LocalDate lunarBirthOn(LocalDate day) {
        LunarCalendar lunar = LunarCalendar.official();
        LunarDate target = lunar.toLunar(day);
        for (LocalDate d = LocalDate.of(1990, 1, 1); d.getYear() < 1992; d = d.plusDays(1)) {
            LunarDate l = lunar.toLunar(d);
            if (!l.leap() && l.month() == target.month() && l.day() == target.day()) return d;
        }
        throw new IllegalStateException("no such date");
    }

    private void subscriber(String msisdn, String name, String gender, String birth, boolean lunar, String tier, String region) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, gender, birth_date, lunar_birthday, region, brand, tier,
                                                join_date, marketing_consent)
                        values (?, ?, ?, ?, ?, ?, ?, 'gotone', ?, date '2015-01-01', true)""")
                .params(msisdn, msisdn, name, gender, birth == null ? null : LocalDate.parse(birth), lunar, region, tier).update();
        // every planted customer was reached lately unless a test says otherwise: no "no contact" noise
    }

    private void usage(String msisdn, String month, String state) {
        jdbc.sql("insert into usage_monthly (msisdn, month, bill, mou_out, data_mb, sms, state) values (?, ?, 100, 100, 100, 1, ?)")
                .params(msisdn, month, state).update();
    }

    private void contact(String msisdn, String at) {
        jdbc.sql("insert into contact (msisdn, at, channel, outcome, username) values (?, ?, 'customer_manager', 'reached', 'test')")
                .params(msisdn, java.sql.Timestamp.from(java.time.LocalDateTime.parse(at).atZone(ZoneId.of("Asia/Shanghai")).toInstant()))
                .update();
    }
}
