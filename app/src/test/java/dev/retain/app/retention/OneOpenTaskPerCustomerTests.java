package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.report.internal.DashboardReadModel;
import dev.retain.app.retention.internal.CustomerHistory.ContactEntry;
import dev.retain.app.retention.internal.TaskContacts;
import dev.retain.app.retention.internal.TaskFilter;
import dev.retain.app.retention.internal.TaskReadModel;
import dev.retain.app.retention.internal.TaskRow;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.engine.rules.TaskKind;
import dev.retain.engine.task.TaskPlanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SPEC R4.2, one open retention task per customer: a later month's task supersedes the
 * earlier open one (closed as superseded, its reasons, follow-up date and contacts carried),
 * re-runs are idempotent, an older month never reopens or supersedes a newer task, and the
 * database refuses a second open retention task. Months 2034-01 … 2034-12 and MSISDNs
 * 1369410xxxx belong to this class (applying a month replaces that month's open tasks in the
 * shared database).
 */
@RetainWebTest
class OneOpenTaskPerCustomerTests {

    // each test its own two months and manager: applying a month replaces that month's open tasks
    private String manager;
    private YearMonth jan;
    private YearMonth feb;
    private static final RetainUser SUPERVISOR = new RetainUser("oot-supervisor", "OOT", Role.SUPERVISOR, null);

    @Autowired CycleTasks cycleTasks;
    @Autowired Contacts contacts;
    @Autowired TaskContacts taskContacts;
    @Autowired TaskReadModel taskLists;
    @Autowired DashboardReadModel dashboard;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired PlatformTransactionManager transactions;
    @TempDir Path tmp;

    /** One line of the engine's tasks.csv. */
    private record Row(String msisdn, String kind, String reasons, LocalDate due) {
    }

    private static Row row(String msisdn, String reasons, LocalDate due) {
        return new Row(msisdn, "retention", reasons, due);
    }

    /** Test {@code n} (1 … 6) works in 2034's months 2n-1 and 2n, with a manager of its own. */
    private void months(int n) {
        manager = "PM-OOT-" + n;
        jan = YearMonth.of(2034, 2 * n - 1);
        feb = jan.plusMonths(1);
    }

    private LocalDate day(YearMonth month, int day) {
        return month.atDay(day);
    }

    private CycleTasks.Applied apply(YearMonth month, Row... rows) throws IOException {
        StringBuilder csv = new StringBuilder("task_id,msisdn,month,kind,reasons,priority,value_at_risk,due_date,manager_id,actions,churn_reasons\n");
        for (Row r : rows) {
            csv.append(String.join(",", TaskPlanner.taskId(month, r.msisdn()), r.msisdn(), month.toString(), r.kind(), r.reasons(), "500",
                    "62.40", r.due().toString(), manager, "tariff_recommendation", "")).append('\n');
        }
        Path file = Files.createTempFile(tmp, "tasks-" + month, ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return new TransactionTemplate(transactions).execute(tx -> cycleTasks.apply(month, file));
    }

    private void subscribers(String... msisdns) {
        for (String m : msisdns) {
            jdbc.sql("""
                            insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date)
                            values (?, ?, '李四', 'hangzhou', 'gotone', date '2015-01-01')
                            on conflict do nothing""").params(m, m).update();
        }
    }

    private static String id(YearMonth month, String msisdn) {
        return TaskPlanner.taskId(month, msisdn);
    }

    private Map<String, Object> task(String taskId) {
        return jdbc.sql("select status, superseded_by, reasons, due_date, follow_up_date, closed_at from task where task_id = ?")
                .param(taskId).query().singleRow();
    }

    private long openTasksOf(String msisdn) {
        return jdbc.sql("select count(*) from task where msisdn = ? and status = 'open'").param(msisdn).query(Long.class).single();
    }

    private long contact(String taskId, String msisdn, String outcome, LocalDate followUp) {
        ContactForm form = new ContactForm();
        form.setTaskId(taskId);
        form.setChannel("phone_manager");
        form.setOutcome(outcome);
        form.setFollowUpDate(followUp);
        return contacts.log(SUPERVISOR, msisdn, form);
    }

    @Test
    void aLaterMonthsTaskSupersedesTheOpenOneAndCarriesItsReasonsFollowUpAndContacts() throws Exception {
        months(1);
        String later = "13694100001", earlier = "13694100002", handled = "13694100003", plain = "13694100004";
        subscribers(later, earlier, handled, plain);
        apply(jan, row(later, "yellow_zone;bill_down_30", day(feb, 8)), row(earlier, "red_zone", day(feb, 8)),
                row(handled, "yellow_zone", day(feb, 8)), row(plain, "white_zone", day(feb, 8)));
        long laterContact = contact(id(jan, later), later, "unreachable", day(feb.plusMonths(1), 20));
        contact(id(jan, earlier), earlier, "unreachable", day(feb, 20));
        contact(id(jan, handled), handled, "accepted_offer", null);

        CycleTasks.Applied applied = apply(feb, row(later, "red_zone;yellow_zone", day(feb.plusMonths(1), 8)),
                row(earlier, "red_zone", day(feb.plusMonths(1), 8)), row(handled, "yellow_zone", day(feb.plusMonths(1), 8)),
                row(plain, "white_zone;mou_down_30", day(feb.plusMonths(1), 8)));

        assertThat(applied.superseded()).as("later, earlier and plain had open January tasks; handled's was done").isEqualTo(3);
        Map<String, Object> oldTask = task(id(jan, later));
        assertThat(oldTask.get("status")).isEqualTo(TaskStatus.SUPERSEDED);
        assertThat(oldTask.get("superseded_by")).isEqualTo(id(feb, later));
        assertThat(oldTask.get("closed_at")).isNotNull();
        Map<String, Object> newTask = task(id(feb, later));
        assertThat(newTask.get("status")).isEqualTo(TaskStatus.OPEN);
        assertThat(newTask.get("reasons")).as("the new month's reasons first, then the old ones not yet listed")
                .isEqualTo("red_zone;yellow_zone;bill_down_30");
        assertThat(newTask.get("follow_up_date")).isEqualTo(java.sql.Date.valueOf(day(feb.plusMonths(1), 20)));
        assertThat(newTask.get("due_date")).as("the appointment later than the engine's due date stays")
                .isEqualTo(java.sql.Date.valueOf(day(feb.plusMonths(1), 20)));
        assertThat(task(id(feb, earlier)).get("due_date")).as("an appointment earlier than the engine's due date stays too")
                .isEqualTo(java.sql.Date.valueOf(day(feb, 20)));
        assertThat(task(id(feb, plain)).get("due_date")).as("no appointment: the engine's due date")
                .isEqualTo(java.sql.Date.valueOf(day(feb.plusMonths(1), 8)));
        assertThat(task(id(jan, handled)).get("status")).as("a handled task is history, not superseded").isEqualTo(TaskStatus.DONE);
        assertThat(task(id(feb, handled)).get("status")).isEqualTo(TaskStatus.OPEN);

        // the outcome logged on the January task stays linked to it, and the February task shows it
        assertThat(jdbc.sql("select task_id from contact where id = ?").param(laterContact).query(String.class).single())
                .isEqualTo(id(jan, later));
        assertThat(taskContacts.of(id(feb, later))).extracting(ContactEntry::id, ContactEntry::taskId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(laterContact, id(jan, later)));
        String handlePage = mvc.perform(get("/tasks/" + id(feb, later) + "/handle").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(handlePage).contains("id=\"task-contacts\"").contains("前期任务 " + id(jan, later)).contains("未接通");

        // My tasks, the API and the dashboard count each customer once
        List<TaskRow> mine = taskLists.openTasksOf(manager, TaskFilter.none(), 0, 100);
        assertThat(mine).extracting(TaskRow::msisdn).containsExactlyInAnyOrder(later, earlier, handled, plain);
        assertThat(mine).extracting(TaskRow::month).containsOnly(feb.toString());
        assertThat(taskLists.tasks(TaskStatus.OPEN, manager, 0, 100)).hasSize(4);
        assertThat(taskLists.tasks(TaskStatus.SUPERSEDED, manager, 0, 100)).extracting(TaskRow::taskId)
                .containsExactlyInAnyOrder(id(jan, later), id(jan, earlier), id(jan, plain));
        assertThat(dashboard.overdueByManager(LocalDate.of(2036, 1, 1)).stream().filter(o -> manager.equals(o.key())).findFirst()
                .orElseThrow().tasks()).isEqualTo(4);
    }

    @Test
    void reRunningAMonthChangesNothingAndKeepsTheManagersAppointment() throws Exception {
        months(2);
        String a = "13694100011", b = "13694100012";
        subscribers(a, b);
        apply(jan, row(a, "yellow_zone", day(feb, 8)), row(b, "red_zone", day(feb, 8)));
        contact(id(jan, a), a, "unreachable", day(feb, 25));
        Row[] february = {row(a, "red_zone", day(feb.plusMonths(1), 8)), row(b, "red_zone;bill_down_30", day(feb.plusMonths(1), 8))};
        apply(feb, february);
        contact(id(feb, b), b, "unreachable", day(feb.plusMonths(1), 30));
        List<Map<String, Object>> before = snapshot(a, b);

        CycleTasks.Applied again = apply(feb, february);

        assertThat(again.superseded()).isZero();
        assertThat(snapshot(a, b)).isEqualTo(before);
        assertThat(task(id(feb, a)).get("reasons")).isEqualTo("red_zone;yellow_zone");
        assertThat(task(id(feb, b)).get("due_date")).as("the follow-up a manager set in February survives the re-run")
                .isEqualTo(java.sql.Date.valueOf(day(feb.plusMonths(1), 30)));
        assertThat(openTasksOf(a)).isOne();
        assertThat(openTasksOf(b)).isOne();
    }

    private List<Map<String, Object>> snapshot(String... msisdns) {
        return jdbc.sql("""
                        select task_id, status, superseded_by, reasons, due_date, follow_up_date, closed_at from task
                        where msisdn = any(?) order by task_id""").param(msisdns).query().listOfRows();
    }

    @Test
    void reRunningAnOlderMonthNeitherReopensNorSupersedesTheNewerTask() throws Exception {
        months(3);
        String kept = "13694100021", onlyNewer = "13694100022", onlyOlder = "13694100023";
        subscribers(kept, onlyNewer, onlyOlder);
        apply(jan, row(kept, "yellow_zone", day(feb, 8)), row(onlyOlder, "yellow_zone", day(feb, 8)));
        apply(feb, row(kept, "red_zone", day(feb.plusMonths(1), 8)), row(onlyNewer, "red_zone", day(feb.plusMonths(1), 8)));

        CycleTasks.Applied applied = apply(jan, row(kept, "yellow_zone", day(feb, 8)),
                row(onlyNewer, "yellow_zone", day(feb, 8)), row(onlyOlder, "yellow_zone", day(feb, 8)));

        assertThat(applied.skippedForNewerMonth()).isEqualTo(2);
        assertThat(applied.superseded()).isZero();
        assertThat(task(id(feb, kept)).get("status")).isEqualTo(TaskStatus.OPEN);
        assertThat(task(id(jan, kept)).get("status")).isEqualTo(TaskStatus.SUPERSEDED);
        assertThat(task(id(feb, onlyNewer)).get("status")).isEqualTo(TaskStatus.OPEN);
        assertThat(jdbc.sql("select count(*) from task where task_id = ?").param(id(jan, onlyNewer)).query(Long.class).single())
                .as("no January task for a customer February already has").isZero();
        assertThat(task(id(jan, onlyOlder)).get("status")).as("a customer without a later task is updated as before")
                .isEqualTo(TaskStatus.OPEN);
        for (String m : List.of(kept, onlyNewer, onlyOlder)) assertThat(openTasksOf(m)).isOne();
    }

    @Test
    void aTaskTheReRunNoLongerRaisesGivesTheSupersededOneBack() throws Exception {
        months(4);
        String m = "13694100031";
        subscribers(m);
        apply(jan, row(m, "yellow_zone", day(feb, 8)));
        apply(feb, row(m, "red_zone", day(feb.plusMonths(1), 8)));
        assertThat(task(id(jan, m)).get("status")).isEqualTo(TaskStatus.SUPERSEDED);

        CycleTasks.Applied rerun = apply(feb, row("13694100039", "red_zone", day(feb.plusMonths(1), 8)));

        assertThat(rerun.removed()).isOne();
        Map<String, Object> reopened = task(id(jan, m));
        assertThat(reopened.get("status")).as("as if February had never raised a task for the customer").isEqualTo(TaskStatus.OPEN);
        assertThat(reopened.get("superseded_by")).isNull();
        assertThat(openTasksOf(m)).isOne();
    }

    @Test
    void anOutcomeLoggedOnASupersededTaskGoesToTheTaskThatTookOver() throws Exception {
        months(5);
        String m = "13694100041";
        subscribers(m);
        apply(jan, row(m, "yellow_zone", day(feb, 8)));
        apply(feb, row(m, "red_zone", day(feb.plusMonths(1), 8)));

        // a form opened on the January task before the February cycle ran
        long contactId = contact(id(jan, m), m, "accepted_offer", null);

        assertThat(jdbc.sql("select task_id from contact where id = ?").param(contactId).query(String.class).single())
                .isEqualTo(id(feb, m));
        assertThat(task(id(feb, m)).get("status")).isEqualTo(TaskStatus.DONE);
        assertThat(task(id(jan, m)).get("status")).isEqualTo(TaskStatus.SUPERSEDED);
    }

    @Test
    void theDatabaseRefusesASecondOpenRetentionTaskButNotATaskOfAnotherKind() throws Exception {
        months(6);
        String m = "13694100051";
        subscribers(m);
        apply(jan, row(m, "yellow_zone", day(feb, 8)));
        String insert = "insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date) "
                + "values (?, ?, '2034-01', ?, 'x', 1, 0, date '2034-02-08')";
        for (String kind : CycleTaskKinds.ALL) {
            assertThatThrownBy(() -> jdbc.sql(insert).params("OOT-" + kind, m, kind).update())
                    .as(kind).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("task_one_open_per_customer");
        }
        assertThat(jdbc.sql(insert).params("OOT-visit", m, "visit").update()).as("a visit task is another kind").isOne();
        jdbc.sql("delete from task where task_id = 'OOT-visit'").update();
    }

    @Test
    void theRulesKindsAreTheCyclesTaskKindsAndTheIndexHoldsExactlyThem() {
        assertThat(CycleTaskKinds.ALL).containsExactlyInAnyOrderElementsOf(Arrays.stream(TaskKind.values()).map(TaskKind::code).toList());
        String index = jdbc.sql("select indexdef from pg_indexes where indexname = 'task_one_open_per_customer'").query(String.class).single();
        assertThat(index).contains("UNIQUE").contains("(msisdn)").contains("status = 'open'");
        Matcher array = Pattern.compile("ARRAY\\[(.*?)]").matcher(index);
        assertThat(array.find()).as(index).isTrue();
        List<String> kinds = new ArrayList<>();
        Matcher literal = Pattern.compile("'([a-z_]+)'").matcher(array.group(1));
        while (literal.find()) kinds.add(literal.group(1));
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(CycleTaskKinds.ALL);
    }
}
