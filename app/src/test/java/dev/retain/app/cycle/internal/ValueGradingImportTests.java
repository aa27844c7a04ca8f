package dev.retain.app.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.segment.RuleFacts;
import dev.retain.engine.cycle.CycleFiles;
import dev.retain.engine.rules.FactNames;
import dev.retain.engine.rules.Facts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cycle's results bring value grading into the segment table and the rule facts. MSISDNs 137960xxxxx. */
@RetainWebTest
class ValueGradingImportTests {

    private static final YearMonth MONTH = YearMonth.of(2090, 2);
    private static final String GRADED = "13796000201";
    private static final String LEFT = "13796000202";

    @Autowired CycleResults results;
    @Autowired RuleFacts ruleFacts;
    @Autowired JdbcClient jdbc;
    @TempDir Path out;

    @Test
    void segmentsAndFactsCarryScoresGradeAndLifetimeValue() throws IOException {
        Files.writeString(out.resolve(CycleFiles.SEGMENTS), """
                msisdn,month,tier,tier_source,zone,rule,bill_m1,mou_m1,bill_m2,mou_m2,state_m1,churn_score,value_at_risk,churn_reasons,rfm_r,rfm_f,rfm_m,rfm,value_grade,clv
                13796000201,2090-02,gold,imported,yellow,yellow_bill_drop,150.00,320,260.00,400,active,0.4200,630.00,,2,4,5,245,important_keep,4321.09
                13796000202,2090-02,silver,rules,none,none_left,,,80.00,10,cancelled,,,,,,,,,
                """);
        Facts f = new Facts();
        f.zone = "yellow";
        f.rfmR = 2;
        f.rfmF = 4;
        f.rfmM = 5;
        f.rfm = "245";
        f.valueGrade = "important_keep";
        f.clv = 4321.09;
        StringBuilder facts = new StringBuilder("msisdn,month," + String.join(",", FactNames.TYPES.keySet()) + "\n");
        facts.append(GRADED).append(',').append(MONTH);
        for (String name : FactNames.TYPES.keySet()) facts.append(',').append(f.value(name));
        Files.writeString(out.resolve(CycleFiles.FACTS), facts.append('\n'));
        Files.writeString(out.resolve(CycleFiles.TASKS), "task_id,msisdn,month,kind,reasons,priority,value_at_risk,due_date,manager_id,actions,churn_reasons\n");
        Files.writeString(out.resolve(CycleFiles.ASSIGNMENTS), "msisdn,manager_id,role,reason\n");

        results.apply(MONTH, out);

        assertThat(jdbc.sql("select rfm_r || '/' || rfm_f || '/' || rfm_m || '/' || rfm || '/' || value_grade || '/' || clv "
                        + "from segment where month = ? and msisdn = ?")
                .params(MONTH.toString(), GRADED).query(String.class).single()).isEqualTo("2/4/5/245/important_keep/4321.09");
        assertThat(jdbc.sql("select count(*) from segment where month = ? and msisdn = ? and rfm is null and clv is null and value_grade is null")
                .params(MONTH.toString(), LEFT).query(Long.class).single()).as("who has left is not graded").isEqualTo(1);

        Facts back = ruleFacts.of(GRADED).orElseThrow().facts();
        assertThat(back.rfmR).isEqualTo(2);
        assertThat(back.rfm).isEqualTo("245");
        assertThat(back.valueGrade).isEqualTo("important_keep");
        assertThat(back.clv).isEqualTo(4321.09);
    }
}
