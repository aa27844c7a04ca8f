package dev.retain.app.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Campaigns in real Chromium, zh-CN at 1366 px (issue 15 point 8): a supervisor sets up a campaign (a rule CEL refuses
 * comes back at its field), runs it and sees the groups; a campaign whose measure month has its cycle shows the uplift
 * chart. No script or style breaks the CSP (the console stays clean). Screenshots in target/screenshots
 * (campaign-*.png). MSISDNs 13793150xxx and 13793151xxx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class CampaignBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Campaigns campaigns;

    @Test
    void aSupervisorSetsUpAndRunsACampaignAndReadsTheUplift() throws Exception {
        CampaignFixture fixture = new CampaignFixture(jdbc, campaigns);
        String region = CampaignFixture.region();
        fixture.customers(fixture.factsMonth(), 50, 30, region);
        long measured = measuredCampaign(fixture);

        try (Browser b = Browser.start(port)) {
            b.driver.manage().window().setSize(new Dimension(1366, 1500));
            b.logIn(TestLogins.SUPERVISOR, TestLogins.PASSWORD, By.id("logout"));
            b.open("/campaigns");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-campaign-form")));
            b.driver.findElement(By.id("campaign-name")).sendKeys("流量关怀（黄区）");
            WebElement target = b.driver.findElement(By.id("campaign-target"));
            target.clear();
            target.sendKeys("zone == yellow");
            new Select(b.driver.findElement(By.id("campaign-channel"))).selectByValue("sms");
            b.driver.findElement(By.id("campaign-text")).sendKeys("【浙江移动】您的专属流量礼包已到账，回复 1 了解详情。");
            WebElement holdout = b.driver.findElement(By.id("campaign-holdout"));
            holdout.clear();
            holdout.sendKeys("20");
            b.driver.findElement(By.id("create-campaign")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-targetRule")));
            assertThat(b.text(By.id("error-targetRule"))).startsWith("目标规则无效");
            assertThat(b.driver.findElement(By.id("campaign-name")).getAttribute("value")).isEqualTo("流量关怀（黄区）");
            b.screenshot("campaign-1-refused-at-field.png");

            target = b.driver.findElement(By.id("campaign-target"));
            target.clear();
            target.sendKeys("zone == \"yellow\" && region == \"" + region + "\"");
            b.driver.findElement(By.id("create-campaign")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-campaign")));
            assertThat(b.text(By.id("saved"))).isEqualTo("活动已创建，活动期开始后即可执行。");
            assertThat(b.text(By.id("holdout-share"))).isEqualTo("20.0 %");
            b.driver.findElement(By.id("run-campaign")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "命中 30 位客户"));
            int treated = Integer.parseInt(b.text(By.id("treated-count")));
            int held = Integer.parseInt(b.text(By.id("holdout-count")));
            assertThat(treated + held).isEqualTo(30);
            assertThat(b.text(By.id("runs-table"))).contains("30");
            assertThat(b.text(By.id("not-measured"))).contains("评估窗口关闭后显示");
            b.screenshot("campaign-2-ran.png");

            b.open("/campaigns/" + measured);
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("uplift-chart")));
            assertThat(b.driver.findElements(By.cssSelector("#uplift-chart .uplift-row"))).hasSize(2);
            assertThat(b.text(By.id("retention-uplift"))).contains("触达组 90.0%", "对照组 60.0%", "相差 30.0 个百分点");
            b.screenshot("campaign-3-uplift.png");

            b.open("/campaigns");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaigns")));
            assertThat(b.text(By.id("campaigns"))).contains("流量关怀（黄区）", "短信", "进行中");
            b.screenshot("campaign-4-list.png");
            assertThat(b.consoleErrors()).filteredOn(e -> !e.contains("favicon.ico")).isEmpty();
        }
    }

    /**
     * A campaign of January 2020 whose measure month (February) has its cycle: 40 treated members of whom 36 stayed, 20
     * holdout members of whom 12 stayed. Its members are written as a run of that month would have (the schedule is
     * long past, so no run can add them now).
     */
    private long measuredCampaign(CampaignFixture fixture) {
        String region = CampaignFixture.region();
        long id = campaigns.create(new CampaignDraft("一月回访（已结束）", "region == \"" + region + "\"", List.of(), "sms", null, "文本",
                new BigDecimal("0.3"), BigDecimal.ZERO, LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 31)), "t-supervisor");
        long run = jdbc.sql("""
                        insert into campaign_run (campaign_id, facts_month, started_at, started_by, matched, added, treated, over_budget)
                        values (?, '2019-12', timestamptz '2020-01-06 10:00+08', 't-supervisor', 60, 60, 40, 0) returning id""")
                .param(id).query(Long.class).single();
        for (int i = 0; i < 60; i++) {
            String msisdn = CampaignFixture.number(51, i);
            boolean treated = i < 40;
            jdbc.sql("""
                            insert into campaign_member (campaign_id, msisdn, grp, draw, value_at_risk, reserved, run_id, added_at)
                            values (?, ?, ?, 0.5, 10, 0, ?, timestamptz '2020-01-06 10:00+08')""")
                    .params(id, msisdn, treated ? "treated" : "holdout", run).update();
            boolean stayed = treated ? i % 10 != 0 : i % 10 < 6;
            fixture.segment(YearMonth.of(2020, 2), msisdn, stayed, new BigDecimal(treated ? "100" : "80"));
        }
        return id;
    }
}
