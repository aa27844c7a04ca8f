package dev.retain.app.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.ownership.SqlTables.Parsed;
import org.junit.jupiter.api.Test;

/** The statement shapes the application runs, and the look-alikes that name no table. */
class SqlTablesTests {

    @Test
    void insertSelectWritesItsTargetAndReadsItsSources() {
        Parsed p = SqlTables.parse("""
                insert into assignment_history (msisdn, from_manager, to_manager, role, reason, month, by_user)
                select s.msisdn, a.manager_id, s.manager_id, s.role, s.reason, ?, ?
                from assignment_cycle_in s left join assignment a on a.msisdn = s.msisdn
                where a.manager_id is distinct from s.manager_id""");
        assertThat(p.written()).containsExactly("assignment_history");
        assertThat(p.read()).containsExactlyInAnyOrder("assignment_cycle_in", "assignment");
    }

    @Test
    void upsertAndRowLocksAreNotUpdatesOfAnotherTable() {
        Parsed upsert = SqlTables.parse("""
                insert into assignment (msisdn, manager_id) select msisdn, manager_id from assignment_cycle_in
                on conflict (msisdn) do update set manager_id = excluded.manager_id""");
        assertThat(upsert.written()).containsExactly("assignment");
        assertThat(upsert.read()).containsExactly("assignment_cycle_in");

        Parsed lock = SqlTables.parse("""
                select a.msisdn from assignment a left join segment s on s.msisdn = a.msisdn and s.month = a.month
                where a.manager_id = ? order by s.value_at_risk desc nulls last for update of a""");
        assertThat(lock.written()).isEmpty();
        assertThat(lock.read()).containsExactlyInAnyOrder("assignment", "segment");
        assertThat(SqlTables.parse("select manager_id from manager where manager_id = ? for no key update").read())
                .containsExactly("manager");
    }

    @Test
    void updateDeleteAndTheirExtraSources() {
        Parsed update = SqlTables.parse("update cycle_run r set status = 'failed' where not exists "
                + "(select 1 from scheduled_tasks t where t.task_instance = 'run-' || r.id)");
        assertThat(update.written()).containsExactly("cycle_run");
        assertThat(update.read()).containsExactly("scheduled_tasks");

        Parsed delete = SqlTables.parse("""
                delete from task t where t.month = ? and t.status = 'open'
                  and not exists (select 1 from task_cycle_in s where s.task_id = t.task_id)
                  and not exists (select 1 from contact c where c.task_id = t.task_id)""");
        assertThat(delete.written()).containsExactly("task");
        assertThat(delete.read()).containsExactlyInAnyOrder("task_cycle_in", "contact");

        assertThat(SqlTables.parse("delete from a using b, c where a.x = b.x").read()).containsExactlyInAnyOrder("b", "c");
        assertThat(SqlTables.parse("update only t set x = s.x from s where s.id = t.id").written()).containsExactly("t");
        assertThat(SqlTables.parse("truncate table only a, b").written()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void copyInWritesCopyOutReads() {
        assertThat(SqlTables.parse("COPY import_stage_plan_7 (plan_id, name, line) FROM STDIN").written())
                .containsExactly("import_stage_plan_7");
        Parsed out = SqlTables.parse("COPY (select a.msisdn from assignment a join subscriber s on s.msisdn = a.msisdn "
                + "order by a.msisdn) TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')");
        assertThat(out.written()).isEmpty();
        assertThat(out.read()).containsExactlyInAnyOrder("assignment", "subscriber");
        assertThat(SqlTables.parse("copy plan to stdout").read()).containsExactly("plan");
    }

    @Test
    void ddlOnTablesIsAWriteAndCreatedTablesAreNamed() {
        Parsed stage = SqlTables.parse("create unlogged table import_stage_plan_7 (like plan, line bigint not null)");
        assertThat(stage.created()).containsExactly("import_stage_plan_7");
        assertThat(stage.written()).containsExactly("import_stage_plan_7");
        assertThat(stage.read()).containsExactly("plan");
        assertThat(SqlTables.parse("create temp table segment_cycle_in (msisdn text, bill_m1 numeric) on commit drop").created())
                .containsExactly("segment_cycle_in");
        assertThat(SqlTables.parse("CREATE UNIQUE INDEX usage_monthly_pkey ON public.usage_monthly USING btree (msisdn, month)").written())
                .containsExactly("usage_monthly");
        assertThat(SqlTables.parse("alter table plan drop constraint \"plan_pkey\"").written()).containsExactly("plan");
        assertThat(SqlTables.parse("drop table if exists import_stage_plan_7").written()).containsExactly("import_stage_plan_7");
        assertThat(SqlTables.parse("analyze segment_cycle_in").written()).containsExactly("segment_cycle_in");
        assertThat(SqlTables.parse("drop index \"usage_monthly_month\"").touchesNothing()).isTrue();
    }

    @Test
    void lookAlikesNameNoTable() {
        assertThat(SqlTables.parse("select extract(epoch from t.at), substring(s.name from 1 for 2), trim(both from x) from contact t")
                .read()).containsExactly("contact");
        assertThat(SqlTables.parse("select a.x is not distinct from b.x from a join b on true").read()).containsExactlyInAnyOrder("a", "b");
        assertThat(SqlTables.parse("set local max_parallel_workers_per_gather = 0").touchesNothing()).isTrue();
        assertThat(SqlTables.parse("select 'from plan', $$ join manager $$ -- from task\n /* from segment */").touchesNothing()).isTrue();
        assertThat(SqlTables.parse("select e'it\\'s from subscriber' as x").touchesNothing()).isTrue();
        assertThat(SqlTables.parse("select x from unnest(?) as u(x) join generate_series(1, 3) g on true").touchesNothing()).isTrue();
        assertThat(SqlTables.parse("select conname from pg_constraint where conrelid = ?::regclass").touchesNothing()).isTrue();
        assertThat(SqlTables.parse("select * from information_schema.tables").touchesNothing()).isTrue();
    }

    @Test
    void fromListsLateralJoinsAndSubqueries() {
        Parsed p = SqlTables.parse("""
                select s.msisdn, g.tier from subscriber s
                left join plan p on p.plan_id = s.plan_id
                left join lateral (select tier from segment x where x.msisdn = s.msisdn order by x.month desc limit 1) g on true,
                customer_group cg, (select 1) one
                where exists (select 1 from customer_note n where n.msisdn = s.msisdn)""");
        assertThat(p.read()).containsExactlyInAnyOrder("subscriber", "plan", "segment", "customer_group", "customer_note");
        assertThat(SqlTables.parse("select * from \"Task\" t, public.segment").read()).containsExactlyInAnyOrder("task", "segment");
    }

    @Test
    void commonTableExpressionsAreNotTables() {
        Parsed p = SqlTables.parse("""
                with demand as (select s.region, count(*) from assignment a join subscriber s on s.msisdn = a.msisdn group by 1),
                staff (region, n) as materialized (select region, count(*) from manager where active group by region)
                select * from demand d left join staff st on st.region = d.region""");
        assertThat(p.read()).containsExactlyInAnyOrder("assignment", "subscriber", "manager");
        Parsed moving = SqlTables.parse("with gone as (delete from task where status = 'cancelled' returning task_id) "
                + "insert into contact (task_id) select task_id from gone");
        assertThat(moving.written()).containsExactlyInAnyOrder("task", "contact");
        assertThat(moving.read()).isEmpty();
    }
}
