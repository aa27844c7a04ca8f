package dev.retain.app.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import dev.retain.app.segment.Segments;
import dev.retain.engine.cycle.CycleFiles;
import dev.retain.engine.rules.FactNames;
import dev.retain.engine.rules.Facts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * A month's results land whole or not at all: segments, facts, tasks and assignments are each loaded
 * by their own module from the engine's file, inside the one transaction the cycle opens, so
 * a file that fails to load leaves the month as it was.
 */
@RetainWebTest
class CycleResultsTests {

    private static final YearMonth MONTH = YearMonth.of(2041, 3);
    private static final String OLD = "19941000099";
    private static final String A = "19941000001";
    private static final String B = "19941000002";

    @Autowired CycleResults results;
    @Autowired Segments segments;
    @Autowired JdbcClient jdbc;
    @TempDir Path out;

    @BeforeEach
    void aMonthAlreadyThereAndTheEnginesFiles() throws IOException {
        jdbc.sql("delete from segment where month = ?").param(MONTH.toString()).update();
        jdbc.sql("delete from task where month = ?").param(MONTH.toString()).update();
        jdbc.sql("delete from assignment where month = ?").param(MONTH.toString()).update();
        jdbc.sql("delete from rule_facts where month = ?").param(MONTH.toString()).update();
        jdbc.sql("""
                insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                values (?, ?, 'gold', 'rules', 'blue', 'blue_commit', 0.1, 10)""").params(MONTH.toString(), OLD).update();
        // the engine's columns in another order than the staging tables: the header decides
        Files.writeString(out.resolve(CycleFiles.SEGMENTS), """
                month,msisdn,tier,tier_source,zone,rule,bill_m1,mou_m1,bill_m2,mou_m2,state_m1,churn_score,value_at_risk,churn_reasons
                2041-03,19941000001,gold,imported,yellow,yellow_bill_drop,150.00,320,260.00,400,active,0.4200,630.00,bill_m1=150.00
                2041-03,19941000002,silver,rules,none,none_left,,,80.00,10,cancelled,,,
                """);
        Files.writeString(out.resolve(CycleFiles.FACTS), factsOfA());
        Files.writeString(out.resolve(CycleFiles.TASKS), """
                task_id,msisdn,month,kind,reasons,priority,value_at_risk,due_date,manager_id,actions,churn_reasons
                T2041-03-19941000001,19941000001,2041-03,retention,yellow_zone,8000,630.00,2041-04-15,,call;offer,
                """);
    }

    @Test
    void allThreeFilesLand() throws IOException {
        Files.writeString(out.resolve(CycleFiles.ASSIGNMENTS), """
                msisdn,manager_id,role,reason
                19941000001,,customer_manager,unassigned_no_manager
                """);

        CycleResults.Applied applied = results.apply(MONTH, out);

        assertThat(applied.segments()).isEqualTo(2);
        assertThat(applied.facts()).isEqualTo(1);
        assertThat(jdbc.sql("select zone || '/' || tenure_months from rule_facts where month = ? and msisdn = ?")
                .params(MONTH.toString(), A).query(String.class).single()).isEqualTo("yellow/38");
        assertThat(applied.tasks()).isEqualTo(1);
        assertThat(applied.assignments()).isEqualTo(1);
        assertThat(jdbc.sql("select msisdn from segment where month = ? order by msisdn").param(MONTH.toString()).query(String.class).list())
                .as("the month's segments replaced").containsExactly(A, B);
        assertThat(jdbc.sql("select state_m1 || '/' || coalesce(churn_reasons, '-') from segment where month = ? and msisdn = ?")
                .params(MONTH.toString(), A).query(String.class).single()).isEqualTo("active/bill_m1=150.00");
        assertThat(jdbc.sql("select kind || '/' || actions || '/' || status from task where task_id = 'T2041-03-19941000001'")
                .query(String.class).single()).isEqualTo("retention/call;offer/open");
        assertThat(jdbc.sql("select reason || '/' || month from assignment where msisdn = ?").param(A).query(String.class).single())
                .isEqualTo("unassigned_no_manager/2041-03");
    }

    @Test
    void aFileThatFailsToLoadLeavesTheMonthAsItWas() throws IOException {
        // the last of the three files: segments and tasks were already written in the transaction
        Files.writeString(out.resolve(CycleFiles.ASSIGNMENTS), """
                msisdn,manager_id,role,reason
                19941000001,,customer_manager,unassigned_no_manager,one field too many
                """);

        assertThatThrownBy(() -> results.apply(MONTH, out)).hasMessageContaining(CycleFiles.ASSIGNMENTS);

        assertThat(jdbc.sql("select msisdn from segment where month = ?").param(MONTH.toString()).query(String.class).list())
                .containsExactly(OLD);
        assertThat(jdbc.sql("select count(*) from task where month = ?").param(MONTH.toString()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from assignment where msisdn = ?").param(A).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from rule_facts where month = ?").param(MONTH.toString()).query(Long.class).single()).isZero();
    }

    /** facts.csv with one row, A's, in the engine's columns (the names of FactNames). */
    private static String factsOfA() {
        Facts f = new Facts();
        f.zone = "yellow";
        f.tier = "gold";
        f.bill = 150;
        f.tenureMonths = 38;
        StringBuilder csv = new StringBuilder("msisdn,month," + String.join(",", FactNames.TYPES.keySet()) + "\n");
        csv.append(A).append(',').append(MONTH);
        for (String name : FactNames.TYPES.keySet()) csv.append(',').append(f.value(name));
        return csv.append('\n').toString();
    }

    @Test
    void anOwnerLoadsItsFileOnlyInsideTheCyclesTransaction() {
        assertThatThrownBy(() -> segments.replaceMonth(MONTH, out.resolve(CycleFiles.SEGMENTS)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.sql("select msisdn from segment where month = ?").param(MONTH.toString()).query(String.class).list())
                .containsExactly(OLD);
    }
}
