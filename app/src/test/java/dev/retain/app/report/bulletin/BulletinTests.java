package dev.retain.app.report.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.retain.app.RetainWebTest;
import dev.retain.app.report.bulletin.SectionContent.Table;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly report and the quarterly bulletin from a planted month (2086-04, {@link BulletinFixture}): each section's
 * figures against the rows, the generated sentences, the PDF's Chinese and English text and its chart images, and the
 * spreadsheet's sheets, figures and neutralised names.
 */
@RetainWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinTests {

    @Autowired Bulletins bulletins;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired dev.retain.app.metrics.Metrics metrics;

    private final ReportPeriod april = ReportPeriod.parseMonth(BulletinFixture.MONTH).orElseThrow();

    @BeforeAll
    void plant() {
        new BulletinFixture(jdbc, clock.getZone()).plantOnce();
        // contact coverage reads the metrics aggregates, which a refresh builds from the planted rows
        metrics.refresh(java.time.YearMonth.parse(BulletinFixture.MONTH));
    }

    @Test
    void everySectionCountsThePlantedMonth() {
        BulletinReport r = bulletins.build(april, ReportLanguage.ZH_CN);
        assertThat(r.sections()).extracting(SectionContent::id).containsExactly("zones", "retention", "tasks", "contact", "satisfaction",
                "complaints", "campaigns", "merchants", "inspections", "closed-loop",
                "metrics", "gaps", "assessment");
        assertThat(r.title()).isEqualTo("高价值客户保有工作月报（2086年4月）");
        // zones: programme 5, blue 1, green 2, yellow 1, red 0, white 1
        assertThat(figures(r, "zones")).containsExactly(5.0, 1.0, 2.0, 1.0, 0.0, 1.0);
        // retention: high value 2/3, programme 4/6, churn 2/6, lost 2
        assertThat(figures(r, "retention").get(0)).isCloseTo(66.667, within(0.01));
        assertThat(figures(r, "retention").get(1)).isCloseTo(66.667, within(0.01));
        assertThat(figures(r, "retention").get(2)).isCloseTo(33.333, within(0.01));
        assertThat(figures(r, "retention").get(3)).isEqualTo(2.0);
        // tasks: 4; done 2 of 3 not cancelled; in time 1 of 3; overdue: the one done late (the open one is due after today)
        assertThat(figures(r, "tasks").get(0)).isEqualTo(4.0);
        assertThat(figures(r, "tasks").get(1)).isCloseTo(66.667, within(0.01));
        assertThat(figures(r, "tasks").get(2)).isCloseTo(33.333, within(0.01));
        assertThat(figures(r, "tasks").get(3)).isEqualTo(1.0);
        // contact: of the customers with a manager (other tests' too), only …01 was reached in 2086-04
        assertThat(figures(r, "contact").get(1)).isEqualTo(1.0);
        // satisfaction: 3 responses, NPS 0, awareness 2/3, perception 5.5, gap −1
        assertThat(figures(r, "satisfaction")).containsExactly(3.0, 0.0, 200.0 / 3, 5.5, -1.0);
        // complaints: 3 received, 2 closed, 1 of 2 in time, callback 4.0, 1 repeat
        assertThat(figures(r, "complaints")).containsExactly(3.0, 2.0, 50.0, 4.0, 1.0);
        // campaigns: 1 campaign, 2 treated, 2 conversions, 50 % and 50 %
        assertThat(figures(r, "campaigns")).containsExactly(1.0, 2.0, 2.0, 50.0, 50.0);
        // merchants: 1 merchant, 2 redemptions (one reversed left out), 20 points
        assertThat(figures(r, "merchants")).containsExactly(1.0, 2.0, 20.0);
        // inspections: 2 checked, profile 50 %, knows 100 %, service 50 %
        assertThat(figures(r, "inspections")).containsExactly(2.0, 50.0, 100.0, 50.0);
        // closed loop of 2086-03's tasks: 4, active 3, better 1
        assertThat(figures(r, "closed-loop")).containsExactly(4.0, 75.0, 25.0);

        Table migration = section(r, "zones").tables().get(1);
        assertThat(migration.rows().get(0).get(1).number()).as("blue → blue").isEqualTo(1.0);
        assertThat(migration.rows().get(3).get(5).number()).as("red → white").isEqualTo(1.0);
        assertThat(migration.rows().get(3).get(2).number()).as("red → green").isEqualTo(1.0);
        assertThat(migration.rows().get(2).get(7).number()).as("yellow → gone").isEqualTo(1.0);
    }

    @Test
    void theSentencesAreComputedFromTheFigures() {
        BulletinReport zh = bulletins.build(april, ReportLanguage.ZH_CN);
        assertThat(section(zh, "retention").sentences()).contains("高价值客户保有率 66.7%（上月无数据可比）。");
        assertThat(section(zh, "complaints").sentences()).contains("受理投诉数 3，较上月增加 3。");
        assertThat(zh.summary()).contains("时限内办结率 50.0%（上月无数据可比）。");
        BulletinReport en = bulletins.build(april, ReportLanguage.EN);
        assertThat(section(en, "complaints").sentences()).contains("Complaints received 3, 3 more than the month before.");

        BulletinReport quarter = bulletins.build(ReportPeriod.parseQuarter("2086-Q2").orElseThrow(), ReportLanguage.ZH_CN);
        assertThat(quarter.title()).isEqualTo("高价值客户保有工作专项通报（2086年第2季度）");
        Table trend = section(quarter, "retention").tables().get(0);
        assertThat(trend.headers()).containsExactly("指标", "2086-04", "2086-05", "2086-06", "本季度 2086-Q2", "上季度 2086-Q1");
        assertThat(section(quarter, "complaints").sentences()).contains("受理投诉数 3，较上季度增加 3。");
        // zones are a stock: the quarter shows its newest segmented month's
        assertThat(figures(quarter, "zones").get(0)).isEqualTo(5.0);
        // a share over the quarter: the months' counts added before dividing; 2086-Q1 has 2086-03 with no month before it
        assertThat(section(quarter, "retention").sentences().get(0)).isEqualTo("高价值客户保有率 66.7%（上季度无数据可比）。");
    }

    @Test
    void thePdfCarriesTheChineseHeadingsAndTheCharts() throws Exception {
        byte[] pdf = bulletins.export(bulletins.build(april, ReportLanguage.ZH_CN), ReportFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("高价值客户保有工作月报（2086年4月）", "摘要", "分区与迁移", "保有与流失", "保有任务", "接触覆盖（服务频次）",
                    "满意度与净推荐值", "投诉与处理时限", "营销活动效果", "联盟商户活跃度", "组巡检查", "闭环效果", "高价值客户保有率 66.7%");
            assertThat(images(doc)).as("a bar chart of the zones and a trend chart per section").isGreaterThanOrEqualTo(2);
        }
        byte[] en = bulletins.export(bulletins.build(april, ReportLanguage.EN), ReportFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(en)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("High-value customer retention: monthly report 2086-04", "Zones and migration", "Retention and churn",
                    "Campaign results", "The closed loop");
            assertThat(images(doc)).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theSpreadsheetHasASheetPerSectionWithTheFiguresAndNoFormula() throws Exception {
        BulletinReport report = bulletins.build(april, ReportLanguage.ZH_CN);
        byte[] xlsx = bulletins.export(report, ReportFormat.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("2086-04", "分区与迁移", "保有与流失", "保有任务", "接触覆盖（服务频次）", "满意度与净推荐值",
                    "投诉与处理时限", "营销活动效果", "联盟商户活跃度", "组巡检查", "闭环效果",
                    "满意度、忠诚度与客户价值", "服务质量差距分析", "客户经理考核");
            assertThat(book.getSheet("2086-04").getRow(0).getCell(0).getStringCellValue()).isEqualTo("高价值客户保有工作月报（2086年4月）");
            Sheet zones = book.getSheet("分区与迁移");
            assertThat(labelled(zones, "纳入保有的客户").getCell(1).getNumericCellValue()).isEqualTo(5.0);
            assertThat(labelled(zones, "绿色稳定区").getCell(1).getNumericCellValue()).isEqualTo(2.0);
            Row complaints = labelled(book.getSheet("投诉与处理时限"), "时限内办结率");
            assertThat(complaints.getCell(1).getNumericCellValue()).as("a share as a percent cell").isEqualTo(0.5);
            assertThat(complaints.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(labelled(book.getSheet("营销活动效果"), "'" + BulletinFixture.CAMPAIGN_NAME)).as("the campaign's name, neutralised").isNotNull();
            assertThat(labelled(book.getSheet("联盟商户活跃度"), "'" + BulletinFixture.MERCHANT_NAME)).as("the merchant's name, neutralised").isNotNull();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                assertThat(cell.getCellType()).as("no formula in %s", sheet.getSheetName()).isNotEqualTo(CellType.FORMULA);
                if (cell.getCellType() == CellType.STRING) assertThat(cell.getStringCellValue()).doesNotStartWith("=").doesNotStartWith("+");
            })));
        }
    }

    /** A section's key figures in their order (null: no figure). */
    private static List<Double> figures(BulletinReport r, String id) {
        return section(r, id).figures().stream().map(f -> f.value().number()).toList();
    }

    private static SectionContent section(BulletinReport r, String id) {
        return r.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Row labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING && label.equals(row.getCell(0).getStringCellValue())) return row;
        }
        throw new AssertionError("no row '" + label + "' in sheet " + sheet.getSheetName());
    }

    private static int images(PDDocument doc) throws Exception {
        int images = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) images++;
            }
        }
        return images;
    }
}
