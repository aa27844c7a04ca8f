package dev.retain.app.report.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.retain.app.RetainWebTest;
import dev.retain.app.metrics.Metrics;
import dev.retain.app.report.bulletin.SectionContent.Table;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's three report sections from a planted month, 2070-05 (2070-04 before it), numbers 137964000xx, team
 * S16-TEAM: the metrics section (read from the aggregates a refresh builds), the gap analysis and the manager
 * assessment (a section the assessment module contributes through the SPI), in both languages and both exports.
 */
@RetainWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsGapAssessmentSectionsTests {

    static final YearMonth MONTH = YearMonth.of(2070, 5);

    @Autowired Bulletins bulletins;
    @Autowired Metrics metrics;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private final ReportPeriod may = ReportPeriod.month(MONTH);

    static String n(int i) {
        return "137964%05d".formatted(i);
    }

    @BeforeAll
    void plant() {
        boolean planted = jdbc.sql("select exists (select 1 from segment where month = '2070-05' and msisdn = ?)").param(n(1)).query(Boolean.class).single();
        if (!planted) {
            // programme of 2070-04: 1, 2, 3, 4; in 2070-05 1 and 2 still active, 3 white, 4 gone: retention 2/4
            segment("2070-04", 1, "gold", "blue", null);
            segment("2070-04", 2, "gold", "green", null);
            segment("2070-04", 3, "silver", "red", null);
            segment("2070-04", 4, "diamond", "yellow", null);
            segment("2070-05", 1, "gold", "blue", 1000);
            segment("2070-05", 2, "gold", "green", 3000);
            segment("2070-05", 3, "silver", "white", null);
            jdbc.sql("insert into manager (manager_id, name, role, region, branch, team) values ('S16-M1', '周一', 'customer_manager', 'hangzhou', 'S16-B', 'S16-TEAM'), ('S16-M2', '吴二', 'customer_manager', 'hangzhou', 'S16-B', 'S16-TEAM') on conflict do nothing")
                    .update();
            for (int i = 1; i <= 4; i++) {
                jdbc.sql("""
                                insert into subscriber (msisdn, msisdn_received, name, region, branch, brand, tier, join_date)
                                values (?, ?, '郑三', 'hangzhou', 'S16-B', 'gotone', 'gold', date '2015-01-01') on conflict do nothing""")
                        .params(n(i), n(i)).update();
            }
            assign(1, "S16-M1");
            assign(2, "S16-M1");
            assign(3, "S16-M2");
            jdbc.sql("insert into contact (msisdn, at, channel, outcome, username) values (?, ?, 'customer_manager', 'reached', 's16')").params(n(1), at(8)).update();
            task("S16-T1", 1, "S16-M1", "done", at(5));
            task("S16-T2", 2, "S16-M1", "done", at(6));
            task("S16-T3", 3, "S16-M2", "open", null);
            // answers: 1 NPS 10, knows, attitude 6→7 and efficiency 6→7 (satisfied); 2 NPS 5, does not know, 7→3 and 7→4
            // (not satisfied); 3 NPS 8, knows, attitude 5→5 (satisfied): satisfaction 2/3, awareness 2/3, NPS 0
            long r1 = response(1, 10, true);
            answer(r1, "attitude", 6, 7);
            answer(r1, "efficiency", 6, 7);
            long r2 = response(2, 5, false);
            answer(r2, "attitude", 7, 3);
            answer(r2, "efficiency", 7, 4);
            long r3 = response(3, 8, true);
            answer(r3, "attitude", 5, 5);
            jdbc.sql("""
                            insert into training_record (manager_id, course, taken_on, result, score, hours, recorded_by)
                            values ('S16-M1', '客户维系实务', date '2070-05-10', 'passed', 90, 2.5, 's16')""").update();
        }
        metrics.refresh(MONTH);
    }

    @Test
    void theMetricsSectionReadsTheAggregates() {
        SectionContent s = section(bulletins.build(may, ReportLanguage.ZH_CN), "metrics");
        assertThat(s.title()).isEqualTo("满意度、忠诚度与客户价值");
        List<Double> f = s.figures().stream().map(x -> x.value().number()).toList();
        // satisfaction, frequency (other tests' managed customers count too), awareness, NPS, loyalty, retention, churn, CLV
        assertThat(f.get(0)).isCloseTo(200.0 / 3, within(0.01));
        assertThat(f.get(2)).isCloseTo(200.0 / 3, within(0.01));
        assertThat(f.get(3)).isCloseTo(0.0, within(0.01));
        // loyalty: 5 × NPS + 50 while still active: 100, 75, 40 (3 is white)
        assertThat(f.get(4)).isCloseTo(215.0 / 3, within(0.01));
        assertThat(f.get(5)).isCloseTo(50.0, within(0.01));
        assertThat(f.get(6)).isCloseTo(50.0, within(0.01));
        assertThat(f.get(7)).isCloseTo(2000.0, within(0.01));
        assertThat(s.sentences()).contains("满意度 66.7%（上月无数据可比）。", "满意度 66.7%，低于2012年调查基线 87.3% 20.6 个百分点。",
                "客户经理知晓率 66.7%，低于2012年调查基线 74.2% 7.6 个百分点。");
        Table baseline = table(s, "与2012年调查基线对比");
        assertThat(baseline.rows()).hasSize(3);
        assertThat(baseline.rows().get(0).get(2).number()).isEqualTo(87.27);
        Table tiers = table(s, "分客户级别");
        List<Cell> gold = row(tiers, "金卡");
        assertThat(gold.get(1).number()).as("gold satisfaction: 1 of 2").isCloseTo(50.0, within(0.01));
        assertThat(gold.get(6).number()).as("gold retention: 2 of 2").isCloseTo(100.0, within(0.01));
        Table branches = table(s, "分区县分公司");
        List<Cell> mine = branches.rows().stream().filter(r -> r.get(0).text().endsWith("S16-B")).findFirst().orElseThrow();
        assertThat(mine.get(1).number()).isCloseTo(200.0 / 3, within(0.01));
        assertThat(mine.get(6).number()).isCloseTo(50.0, within(0.01));

        SectionContent en = section(bulletins.build(may, ReportLanguage.EN), "metrics");
        assertThat(en.sentences()).contains("Satisfaction 66.7%, 20.6 points below the 2012 survey's 87.3%.");
    }

    @Test
    void theGapSectionHasTheDimensionsAndTheChart() {
        SectionContent s = section(bulletins.build(may, ReportLanguage.ZH_CN), "gaps");
        assertThat(s.title()).isEqualTo("服务质量差距分析");
        assertThat(s.figures().get(0).value().number()).isEqualTo(3.0);
        Table province = s.tables().get(0);
        // attitude: expectation (6 + 7 + 5) / 3 = 6, perception (7 + 3 + 5) / 3 = 5, gap −1; efficiency 6.5, 5.5, −1
        assertThat(province.rows().get(0).subList(1, 5).stream().map(Cell::number).toList()).containsExactly(3.0, 6.0, 5.0, -1.0);
        assertThat(province.rows().get(1).subList(1, 5).stream().map(Cell::number).toList()).containsExactly(2.0, 6.5, 5.5, -1.0);
        assertThat(province.rows().get(2).get(1).number()).as("quality: no answers").isEqualTo(0.0);
        assertThat(s.sentences()).as("no cell reaches the minimum sample").containsExactly("部分维度感知低于期望，但回答数均不足 30 个，暂不点名。");
        assertThat(s.charts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(SectionContent.Chart.Type.BAR);
            assertThat(c.series()).hasSize(2);
            assertThat(c.series().get(1).values().get(0)).isEqualTo(5.0);
        });
        // the gap analysis takes the tier from the subscriber (all three planted gold), not from the month's segment
        assertThat(row(table(s, "分客户级别差距（回答少于 30 个不计）"), "金卡").get(1).number()).as("gold respondents").isEqualTo(3.0);
    }

    @Test
    void theAssessmentSectionRanksTheTeamAndSumsTheTraining() {
        SectionContent s = section(bulletins.build(may, ReportLanguage.ZH_CN), "assessment");
        assertThat(s.title()).isEqualTo("客户经理考核");
        List<List<Cell>> team = s.tables().get(0).rows().stream().filter(r -> r.get(0).text().equals("S16-TEAM")).toList();
        assertThat(team).extracting(r -> r.get(2).text()).containsExactly("周一", "吴二");
        assertThat(team).extracting(r -> r.get(1).number()).containsExactly(1.0, 2.0);
        assertThat(team.get(0).get(5).number()).as("completion: 2 of 2").isEqualTo(100.0);
        List<Cell> training = s.tables().get(1).rows().stream().filter(r -> r.get(0).text().equals("S16-TEAM")).findFirst().orElseThrow();
        assertThat(training.stream().skip(1).map(Cell::number).toList()).containsExactly(2.0, 1.0, 1.0, 2.5);
        assertThat(s.sentences()).anyMatch(x -> x.startsWith("团队 S16-TEAM：第一名 周一，总分 "));
        assertThat(section(bulletins.build(may, ReportLanguage.EN), "assessment").title()).isEqualTo("Customer manager assessment");
    }

    @Test
    void bothExportsCarryTheNewSections() throws Exception {
        BulletinReport report = bulletins.build(may, ReportLanguage.ZH_CN);
        byte[] pdf = bulletins.export(report, ReportFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("满意度、忠诚度与客户价值", "服务质量差距分析", "客户经理考核", "分客户级别",
                    "与2012年调查基线对比", "分团队排名");
        }
        byte[] xlsx = bulletins.export(report, ReportFormat.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).contains("满意度、忠诚度与客户价值", "服务质量差距分析", "客户经理考核");
        }
    }

    private static SectionContent section(BulletinReport r, String id) {
        return r.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Table table(SectionContent s, String title) {
        return s.tables().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError("no table " + title));
    }

    private static List<Cell> row(Table t, String label) {
        return t.rows().stream().filter(r -> r.get(0).text().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    private Timestamp at(int day) {
        return Timestamp.from(LocalDateTime.of(2070, 5, day, 10, 0).atZone(clock.getZone()).toInstant());
    }

    private void segment(String month, int i, String tier, String zone, Integer clv) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk, clv)
                        values (?, ?, ?, 'rule', ?, ?, 0.1, 100, ?)""").params(month, n(i), tier, zone, zone, clv).update();
    }

    private void assign(int i, String manager) {
        jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, 'customer_manager', 'manual', '2070-05', 's16') on conflict do nothing")
                .params(n(i), manager).update();
    }

    private void task(String id, int i, String manager, String status, Timestamp closed) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id, status, closed_at)
                        values (?, ?, '2070-05', 'retention', 'red_zone', 10, 100, date '2070-05-20', ?, ?, ?)""")
                .params(id, n(i), manager, status, closed).update();
    }

    private long response(int i, int nps, boolean knows) {
        return jdbc.sql("""
                        insert into survey_response (template_code, msisdn, channel, answered_at, recorded_by, nps, knows_manager)
                        values ('default', ?, 'phone', ?, 's16', ?, ?) returning id""").params(n(i), at(12), nps, knows).query(Long.class).single();
    }

    private void answer(long response, String dimension, int expectation, int perception) {
        jdbc.sql("insert into survey_answer (response_id, dimension, expectation, perception) values (?, ?, ?, ?)")
                .params(response, dimension, expectation, perception).update();
    }
}
