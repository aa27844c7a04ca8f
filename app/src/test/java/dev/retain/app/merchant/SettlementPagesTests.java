package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.security.MerchantStaffLogins;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The settlement pages (SPEC R11.5) through MockMvc: the merchant admin applies on the portal and downloads the
 * statement, the operator's admin reviews the reconciliation and approves or returns; the statements as a
 * spreadsheet (opened with POI) and a PDF (its text extracted with PDFBox: the Chinese headings and the totals, in
 * the embedded font); the contract editor; a wrong role 403, another merchant's staff 404. MSISDNs 137916100xx;
 * merchant codes "ST…".
 */
@RetainWebTest
class SettlementPagesTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Merchants merchants;
    @Autowired MerchantOffers offers;
    @Autowired MerchantStaffLogins staff;
    @Autowired Counter counter;
    @Autowired Settlements settlements;
    @Autowired SettlementContracts contracts;
    @Autowired SmscSimulator simulator;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private int n;
    private SettlementFixture world;
    private SettlementFixture other;
    private YearMonth month;

    @BeforeEach
    void shops() {
        n = NEXT.incrementAndGet();
        world = new SettlementFixture(merchants, staff, counter, simulator, jdbc, clock, "STP" + n + "-" + (System.nanoTime() % 100000));
        other = new SettlementFixture(merchants, staff, counter, simulator, jdbc, clock, "STQ" + n + "-" + (System.nanoTime() % 100000));
        world.contract(contracts);
        other.contract(contracts);
        month = world.monthsAgo(1);
    }

    private String msisdn(int i) {
        return "1379161" + String.format("%02d", n) + String.format("%02d", i);
    }

    /** Last month at the merchant: 2 × 45.00 tea (800 points), a "=1+2" offer worth 10.00 (100 points), 250 points of consumption. */
    private void lastMonthsRedemptions() {
        long tea = offers.create(world.shop.id(), new OfferDraft("双人下午茶", "redemption", 800, new BigDecimal("45.00"),
                LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusYears(1), null)).id();
        long formula = offers.create(world.shop.id(), new OfferDraft("=1+2", "redemption", 100, new BigDecimal("10.00"),
                LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusYears(1), null)).id();
        String token = world.customer(msisdn(1), 10_000);
        world.madeIn(world.offer(token, tea), month, 2);
        world.madeIn(world.offer(token, tea), month, 3);
        world.madeIn(world.offer(token, formula), month, 4);
        world.madeIn(world.points(token, 250), month, 5);
    }

    private long applyOnThePortal() throws Exception {
        String location = mvc.perform(post("/portal/statements").with(logins.as(world.shop.admin())).with(csrf()).param("period", month.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/portal/statements/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theMerchantAppliesTheOperatorApprovesAndBothDownloadTheStatement() throws Exception {
        lastMonthsRedemptions();
        RequestPostProcessor merchantAdmin = logins.as(world.shop.admin());
        RequestPostProcessor operator = logins.as(TestLogins.ADMIN);
        String portal = mvc.perform(get("/portal/statements").with(merchantAdmin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(portal).contains("结算单", "申请结算", "<option value=\"" + month + "\"", "每笔 ¥1.00 + 价值的 5%");
        long id = applyOnThePortal();
        // redemptions 2 × (1.00 + 2.25) + (1.00 + 0.50) = 8.00; consumption 3% of 2.50 = 0.075 → 0.08
        String mine = mvc.perform(get("/portal/statements/" + id).with(merchantAdmin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("待审核", month.toString(), "¥102.50", "¥8.08", "¥94.42", msisdn(1).substring(0, 3) + "****" + msisdn(1).substring(7))
                .doesNotContain(msisdn(1));

        String list = mvc.perform(get("/admin/settlements").with(operator)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"settlement-" + id + "\"", "测试商家" + world.shop.code());
        String review = mvc.perform(get("/admin/settlements/" + id).with(operator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("id=\"check-balanced\"", "与积分账本对账", "id=\"approve\"").doesNotContain("id=\"check-unbalanced\"");
        mvc.perform(post("/admin/settlements/" + id + "/approve").with(operator).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/admin/settlements/" + id));
        assertThat(settlements.find(SettlementFixture.OPERATOR, id).orElseThrow().settlement().state()).isEqualTo("approved");
        assertThat(mvc.perform(get("/portal/statements/" + id).with(merchantAdmin)).andReturn().getResponse().getContentAsString()).contains("已通过");

        // the spreadsheet: totals to the fen, and the offer's "=1+2" kept as text
        byte[] xlsx = mvc.perform(get("/portal/statements/" + id + "/statement.xlsx").with(merchantAdmin)).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = book.getSheet("结算单");
            Row total = rowStartingWith(summary, "合计");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(4);                // count
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(1_950);            // points
            assertThat(yuan(total.getCell(7))).isEqualByComparingTo("102.50");               // value
            assertThat(yuan(total.getCell(10))).isEqualByComparingTo("8.08");                // fee
            assertThat(yuan(total.getCell(11))).isEqualByComparingTo("94.42");               // payable
            Row redemption = rowStartingWith(summary, "积分兑换");
            assertThat(yuan(redemption.getCell(11))).isEqualByComparingTo("92.00");
            Sheet lines = book.getSheet("明细");
            assertThat(lines.getLastRowNum()).isEqualTo(4);
            Cell formula = null;
            for (Row row : lines) if (row.getCell(3) != null && row.getCell(3).getStringCellValue().contains("1+2")) formula = row.getCell(3);
            assertThat(formula).isNotNull();
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("'=1+2");
        }

        // the PDF: Chinese headings and totals as text, in the embedded Noto Sans SC
        byte[] pdf = mvc.perform(get("/admin/settlements/" + id + "/statement.pdf").with(operator)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("商家结算单", "分类汇总", "明细", "积分兑换", "积分消费", "合计", "已通过", "测试商家" + world.shop.code(),
                    "应付金额", "¥94.42", "102.50", "8.08", "双人下午茶", month.toString());
            assertThat(text).doesNotContain("#####");
            List<String> fonts = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("NotoSansSC") && f.endsWith("embedded"));
            // the first page as an image beside the browser tests' screenshots, to look at
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                    java.nio.file.Path.of("target/screenshots/settlement-statement-pdf.png").toFile());
        }
        assertThat(pdf.length).as("the font is subset, not the whole 10 MB").isLessThan(400_000);
        // in English, on request
        byte[] english = mvc.perform(get("/admin/settlements/" + id + "/statement.pdf").param("lang", "en").with(operator))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Merchant settlement statement", "By category", "Approved", "双人下午茶");
        }
    }

    @Test
    void theOperatorReturnsWithAReasonAndSeesAPlantedPointOnTheReview() throws Exception {
        lastMonthsRedemptions();
        RequestPostProcessor operator = logins.as(TestLogins.ADMIN);
        long id = applyOnThePortal();
        jdbc.sql("update merchant_settlement_line set points = points + 1 where settlement_id = ? and category = 'consumption'").param(id).update();
        jdbc.sql("update merchant_settlement_category set points = points + 1 where settlement_id = ? and category = 'consumption'").param(id).update();
        jdbc.sql("update merchant_settlement set points = points + 1 where id = ?").param(id).update();
        String review = mvc.perform(get("/admin/settlements/" + id).with(operator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("id=\"check-unbalanced\"", "对账不平");
        assertThat(review.replaceAll("\\s+", " ")).containsPattern("id=\"check-points\".*?<td class=\"num\">1951</td><td class=\"num\">1950</td>\\s*<td class=\"num error\">1</td>");
        mvc.perform(post("/admin/settlements/" + id + "/approve").with(operator).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("refused",
                        org.hamcrest.Matchers.containsString("对账不平")));
        assertThat(settlements.find(SettlementFixture.OPERATOR, id).orElseThrow().settlement().state()).isEqualTo("applied");

        mvc.perform(post("/admin/settlements/" + id + "/return").with(operator).with(csrf()).param("reason", " "))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("refused",
                        org.hamcrest.Matchers.containsString("退回原因")));
        mvc.perform(post("/admin/settlements/" + id + "/return").with(operator).with(csrf()).param("reason", "积分与账本差 1 分"))
                .andExpect(status().is3xxRedirection());
        String mine = mvc.perform(get("/portal/statements/" + id).with(logins.as(world.shop.admin()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("已退回", "积分与账本差 1 分", "id=\"reapply-submit\"");
        long again = applyOnThePortal();
        assertThat(again).isNotEqualTo(id);
        assertThat(settlements.reconcile(SettlementFixture.OPERATOR, again).balanced()).isTrue();
    }

    @Test
    void aWrongRoleIsRefusedAndAnotherMerchantsStaffFindNothing() throws Exception {
        lastMonthsRedemptions();
        long id = applyOnThePortal();
        for (String path : List.of("/portal/statements/" + id, "/portal/statements/" + id + "/statement.xlsx", "/portal/statements/" + id + "/statement.pdf")) {
            mvc.perform(get(path).with(logins.as(other.shop.admin()))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(logins.as(world.shop.clerk()))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(logins.as(TestLogins.ADMIN))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/portal/statements").with(logins.as(world.shop.clerk()))).andExpect(status().isForbidden());
        mvc.perform(post("/portal/statements").with(logins.as(world.shop.clerk())).with(csrf()).param("period", month.toString()))
                .andExpect(status().isForbidden());
        // another merchant's list shows nothing of this one
        assertThat(mvc.perform(get("/portal/statements").with(logins.as(other.shop.admin()))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/portal/statements/" + id + "\"");
        for (String operatorRole : List.of(TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.HANDLER, TestLogins.PHONE)) {
            mvc.perform(get("/portal/statements").with(logins.as(operatorRole))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/settlements").with(logins.as(operatorRole))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/settlements/" + id).with(logins.as(operatorRole))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/settlements/" + id + "/approve").with(logins.as(operatorRole)).with(csrf())).andExpect(status().isForbidden());
        }
        for (String merchantStaff : List.of(world.shop.admin(), world.shop.clerk())) {
            mvc.perform(get("/admin/settlements/" + id).with(logins.as(merchantStaff))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/settlements/" + id + "/statement.pdf").with(logins.as(merchantStaff))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/settlements/" + id + "/approve").with(logins.as(merchantStaff)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/merchants/" + world.shop.id() + "/contract").with(logins.as(merchantStaff))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/settlements/999999999").with(logins.as(TestLogins.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/settlements/999999999/approve").with(logins.as(TestLogins.ADMIN)).with(csrf())).andExpect(status().isNotFound());
        assertThat(settlements.find(SettlementFixture.OPERATOR, id).orElseThrow().settlement().state()).isEqualTo("applied");
    }

    @Test
    void theAdminEditsAContractInYuanAndPercent() throws Exception {
        RequestPostProcessor operator = logins.as(TestLogins.ADMIN);
        String path = "/admin/merchants/" + world.shop.id() + "/contract";
        assertThat(mvc.perform(get(path).with(operator)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("name=\"fee_redemption\"", "value=\"1.00\"", "value=\"5\"", "value=\"200.00\"");
        assertThat(mvc.perform(get("/admin/settlements/contracts").with(operator)).andReturn().getResponse().getContentAsString())
                .contains("id=\"contract-" + world.shop.code() + "\"");
        String refused = mvc.perform(post(path).with(operator).with(csrf()).param("version", "1").param("fee_redemption", "1.234")
                .param("share_redemption", "5")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("“1.234”不是有效的金额", "value=\"1.234\"");
        mvc.perform(post(path).with(operator).with(csrf()).param("version", "1").param("contractNo", "HT-2026-01")
                        .param("fee_redemption", "1.50").param("share_redemption", "5.25").param("minimum_redemption", "")
                        .param("cap_redemption", "300").param("fee_experience", "2").param("share_consumption", "0.5"))
                .andExpect(status().is3xxRedirection());
        SettlementContract saved = contracts.find(world.shop.id()).orElseThrow();
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.contractNo()).isEqualTo("HT-2026-01");
        assertThat(saved.rule("redemption")).isEqualTo(new ContractRule("redemption", 150, 525, null, 30_000L));
        assertThat(saved.rule("experience")).isEqualTo(new ContractRule("experience", 200, 0, null, null));
        assertThat(saved.rule("consumption")).isEqualTo(new ContractRule("consumption", 0, 50, null, null));
        // a stale form (version 1 again) is refused
        assertThat(mvc.perform(post(path).with(operator).with(csrf()).param("version", "1").param("fee_redemption", "9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("已被他人修改");
    }

    private static Row rowStartingWith(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) return row;
        }
        throw new AssertionError("no row " + label);
    }

    private static BigDecimal yuan(Cell cell) {
        return new BigDecimal(Double.toString(cell.getNumericCellValue()));
    }
}
