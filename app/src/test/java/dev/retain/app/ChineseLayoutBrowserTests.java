package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.complaint.ComplaintDemo;
import dev.retain.app.cycle.CycleService;
import dev.retain.app.cycle.CycleTestProvince;
import dev.retain.app.alert.AlertDelivery;
import dev.retain.app.alert.PlantedAlerts;
import dev.retain.app.notify.Outbox;
import dev.retain.app.notify.channel.DeliveryReports;
import dev.retain.app.notify.internal.OptOutAdministration;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.channel.ChannelSender;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The workbench's tables read normally in Chinese at the two common screen widths (1366 and
 * 1920 px): no header cell and no short cell (a code, a date, a number, a word or two) breaks
 * over lines, and no page is wider than the window (a wide table scrolls inside its own box).
 * Measured in the browser: the lines a cell's text occupies are its text's distinct line boxes.
 * Screenshots of every page at both widths (and a few in English) go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class ChineseLayoutBrowserTests {

    private static final int[] WIDTHS = {1366, 1920};
    private static final String PHONE = "layout-pm";
    /** A cell with at most this many characters is short: it must stay on one line. */
    private static final int SHORT = 12;
    /** For each table cell: its text, whether it is a header, and the number of lines its text takes. */
    private static final String MEASURE = """
            var out = [];
            document.querySelectorAll('table.grid th, table.grid td').forEach(function (cell) {
              var text = cell.innerText.trim();
              if (!text || cell.offsetParent === null) return;
              var range = document.createRange();
              range.selectNodeContents(cell);
              var tops = {};
              Array.prototype.forEach.call(range.getClientRects(), function (r) {
                if (r.width > 0 && r.height > 0) tops[Math.round(r.top)] = true;
              });
              var lines = 0, prev = null;
              Object.keys(tops).map(Number).sort(function (a, b) { return a - b; }).forEach(function (t) {
                if (prev === null || t - prev > 4) lines++;
                prev = t;
              });
              out.push([cell.tagName, text, lines, cell.closest('table').id || '']);
            });
            return out;""";

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired ComplaintDemo complaintDemo;
    @Autowired dev.retain.app.inspection.InspectionDemo inspectionDemo;
    @Autowired CycleService cycles;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Outbox outbox;
    @Autowired OptOutAdministration optOuts;
    @Autowired DeliveryReports reports;
    @Autowired PlatformTransactionManager transactions;
    @Autowired List<ChannelSender> senders;
    @Autowired AlertDelivery alertDelivery;
    @Autowired dev.retain.app.metrics.Metrics metrics;

    private Browser browser;

    @BeforeEach
    void provinceAndBrowser() {
        CycleTestProvince.loadedInto(dataSource);
        if (cycles.latestCycleMonth().isEmpty()) {
            cycles.runNow(CycleTestProvince.MONTH.minusMonths(1), "test");
            cycles.runNow(CycleTestProvince.MONTH, "test");
        }
        String manager = jdbc.sql("""
                        select t.manager_id from task t join manager m on m.manager_id = t.manager_id
                        where t.status = 'open' and m.role = 'phone_manager' group by t.manager_id order by count(*) desc limit 1""")
                .query(String.class).single();
        users.createOrReplace(PHONE, TestLogins.PASSWORD, "版式电话经理", Role.PHONE_MANAGER, manager);
        // reasons as long as the demo's: several warnings and the churn model's three reasons (a province with enough
        // history), the longest text of a row, which squeezed the short columns to one character a line
        jdbc.sql("""
                        update task set reasons = 'white_zone;bill_down_30;mou_down_50;competitor_contact;contract_ending',
                          churn_reasons = 'mou_ratio_1m_3m=0.1200;months_to_contract_end=1.000;competitor_share=0.6200'
                        where manager_id = ?""")
                .param(manager).update();
        PlantedHistory.plantOnce(jdbc);
        // a notification with a title and a long body, as the care calendar's reminders will be
        jdbc.sql("""
                        insert into staff_notification (message_id, username, subject, body, created_at)
                        values (-1, ?, '客户联系提醒', '您有12位客户已超过60天未联系，请在“我的任务”中安排回访。其中钻石卡客户3位，金卡客户9位。', now())
                        on conflict (message_id) do nothing""")
                .param(PHONE).update();
        PlantedMessages.plantOnce(jdbc, outbox, optOuts, reports, transactions, List.of(manager));
        PlantedAlerts.plantOnce(jdbc, alertDelivery, transactions, List.of(manager));
        // SMS the local simulator received (test contexts run it, as retain demo does), for its page's table
        senders.stream().filter(s -> s.channel() == Channel.SMS).findFirst().ifPresent(sms -> {
            sms.send(new Dispatch(1, Channel.SMS, "13800000001", null, "尊敬的客户，您好！您的积分将于本月底到期，请尽快兑换。【浙江移动】回T退订",
                    MessageClass.MARKETING, false, 1));
            sms.send(new Dispatch(2, Channel.SMS, "13800000002", null, "Your points expire at the end of the month.", MessageClass.MARKETING,
                    false, 1));
        });
        browser = Browser.start(port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void aManagersPagesKeepHeadersAndShortCellsOnOneLine() throws IOException {
        browser.logIn(PHONE, TestLogins.PASSWORD, By.id("tasks"));
        String customer = browser.driver.findElement(By.cssSelector("#tasks tbody a[href^='/customers/']")).getAttribute("href");
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            problems.addAll(check("/tasks", "tasks", width, By.id("tasks")));
            problems.addAll(check(customer.substring(customer.indexOf("/customers/")), "customer-360", width,
                    By.cssSelector("#trend-chart canvas")));
        }
        // the usage chart: bill, minutes and data each in a panel of its own scale (data in MB dwarfs minutes on one axis)
        @SuppressWarnings("unchecked")
        List<Object> chart = (List<Object>) ((JavascriptExecutor) browser.driver).executeScript("""
                var o = echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption();
                return [o.grid.length, o.yAxis.length, o.series.map(function (s) { return s.yAxisIndex; }),
                        o.yAxis.map(function (y) { return y.gridIndex; })];""");
        assertThat(chart).containsExactly(3L, 3L, List.of(0L, 1L, 2L), List.of(0L, 1L, 2L));
        for (int width : WIDTHS) problems.addAll(check("/notifications", "notifications", width, By.id("notifications")));
        for (int width : WIDTHS) {
            problems.addAll(check("/messages", "messages-manager", width, By.id("messages")));
            problems.addAll(check("/opt-outs", "opt-outs-manager", width, By.id("opt-outs")));
            problems.addAll(check("/care/today", "care-today-manager", width, By.id("care-moments")));
            problems.addAll(check("/alerts", "alerts-manager", width, By.id("alerts")));
        }
        problems.addAll(check("/tasks?lang=en", "tasks-en", 1366, By.id("tasks")));
        problems.addAll(check(customer.substring(customer.indexOf("/customers/")) + "?lang=zh_CN", "customer-360-zh", 1366,
                By.cssSelector("#trend-chart canvas")));
        assertThat(problems).isEmpty();
    }

    @Test
    void supervisorAndAdminPagesKeepHeadersAndShortCellsOnOneLine() throws IOException {
        browser.logIn(TestLogins.ADMIN, TestLogins.PASSWORD, By.id("rules-form"));
        List<String> problems = new ArrayList<>();
        long inspection = inspectionDemo.seed().orElseThrow().id();
        // the dashboards read the metrics' aggregates: computed here for the newest cycle month (a cycle run earlier by
        // another test class refreshed them after its commit, which this test does not wait for)
        java.time.YearMonth month = cycles.latestCycleMonth().orElseThrow();
        metrics.refresh(month);
        for (int width : WIDTHS) {
            problems.addAll(check("/supervisor", "supervisor", width, By.cssSelector("#zone-chart canvas")));
            problems.addAll(check("/imports", "imports", width, By.id("history")));
            problems.addAll(check("/cycles", "cycles", width, By.id("runs")));
            problems.addAll(check("/supervisor/reassign", "reassign", width, By.id("recent-history")));
            problems.addAll(check("/admin/settings", "settings", width, By.tagName("main")));
            problems.addAll(check("/admin/rules", "rules", width, By.id("rule-table")));
            problems.addAll(check("/admin/audit", "audit", width, By.id("audit")));
            problems.addAll(check("/admin/templates", "templates", width, By.id("templates")));
            problems.addAll(check("/admin/templates/festival", "template-editor", width, By.cssSelector("#preview-zh-CN .preview-plan")));
            problems.addAll(check("/messages", "messages", width, By.id("messages")));
            problems.addAll(check("/messages/" + plantedMessage(), "message", width, By.id("history")));
            problems.addAll(check("/opt-outs", "opt-outs", width, By.id("opt-outs")));
            problems.addAll(check("/sms/simulator", "sms-simulator", width, By.id("simulated-messages")));
            problems.addAll(check("/care/today", "care-today", width, By.id("care-run-now")));
            problems.addAll(check("/care/events", "care-events", width, By.id("events")));
            problems.addAll(check("/admin/playbooks", "playbooks", width, By.id("playbook")));
            problems.addAll(check("/reports/contact-frequency?period=90d", "contact-frequency", width, By.id("contact-frequency")));
            problems.addAll(check("/reports/contact-frequency/managers/" + busiestManager() + "?period=90d", "contact-frequency-manager", width,
                    By.id("over-target")));
            problems.addAll(check("/admin/holidays?year=2026", "holidays", width, By.id("holiday-days")));
            problems.addAll(check("/alerts", "alerts", width, By.id("alerts")));
            problems.addAll(check("/admin/work-orders", "work-order-settings", width, By.id("limits")));
            problems.addAll(check("/admin/complaint-filter", "complaint-filter", width, By.id("filter-form")));
            problems.addAll(check("/campaigns", "campaigns", width, By.id("campaigns")));
            problems.addAll(check("/offers", "offers", width, By.id("offers")));
            problems.addAll(check("/reports/closed-loop?months=12", "closed-loop", width, By.id("cl-definition")));
            problems.addAll(check("/inspections", "inspections", width, By.id("rounds")));
            problems.addAll(check("/inspections/" + inspection, "inspection", width, By.id("results-table")));
            problems.addAll(check("/reports/dashboards?breakdown=manager", "dashboards", width, By.cssSelector("#dash-chart canvas")));
            problems.addAll(check("/reports/dashboards/customers?month=" + month + "&metric=retention&breakdown=all", "dashboard-customers",
                    width, By.id("dash-customers")));
            problems.addAll(check("/surveys/gaps", "survey-gaps", width, By.cssSelector("#gap-chart canvas")));
            problems.addAll(check("/assessment?period=" + CycleTestProvince.MONTH.minusMonths(1), "assessment", width, By.id("training")));
            problems.addAll(check("/reports/monthly", "report-bulletins", width, By.id("bulletin-months")));
        }
        problems.addAll(check("/inspections/" + inspection + "?lang=en", "inspection-en", 1366, By.id("results-table")));
        problems.addAll(check("/assessment?lang=en&period=" + CycleTestProvince.MONTH.minusMonths(1), "assessment-en", 1366, By.id("training")));
        problems.addAll(check("/admin/playbooks?lang=en", "playbooks-en", 1366, By.id("playbook")));
        problems.addAll(check("/care/today?lang=en", "care-today-en", 1366, By.id("care-run-now")));
        problems.addAll(check("/admin/templates/festival?lang=en", "template-editor-en", 1366, By.cssSelector("#preview-en .preview-plan")));
        problems.addAll(check("/messages?lang=en", "messages-en", 1366, By.id("messages")));
        problems.addAll(check("/opt-outs", "opt-outs-en", 1366, By.id("opt-outs")));
        problems.addAll(check("/alerts", "alerts-en", 1366, By.id("alerts")));
        problems.addAll(check("/supervisor?lang=en", "supervisor-en", 1366, By.cssSelector("#zone-chart canvas")));
        problems.addAll(check("/imports", "imports-en", 1366, By.id("history")));
        problems.addAll(check("/reports/contact-frequency?lang=en", "contact-frequency-en", 1366, By.id("contact-frequency")));
        problems.addAll(check("/reports/closed-loop?months=12&lang=en", "closed-loop-en", 1366, By.id("cl-definition")));
        problems.addAll(check("/admin/holidays?year=2026", "holidays-en", 1366, By.id("holiday-days")));
        problems.addAll(check("/supervisor?lang=zh_CN", "supervisor-zh", 1366, By.cssSelector("#zone-chart canvas")));
        assertThat(problems).isEmpty();
    }

    @Test
    void complaintAndWorkOrderPagesKeepHeadersAndShortCellsOnOneLine() throws IOException {
        complaintDemo.seed();
        // the demo's customers have locations (synth writes them); the test database's fixture customers may not
        jdbc.sql("""
                update subscriber s set lat = 30.25 + abs(hashtext(s.msisdn)) % 100 * 0.0005, lon = 120.15 + abs(hashtext(s.msisdn)) / 100 % 100 * 0.0005
                where s.lat is null and s.msisdn in (select msisdn from complaint where external_id like 'demo-c2-%')""").update();
        // the demo plans a day once: when an earlier test planned it, that day's plan is the one to look at
        java.time.LocalDate visitDay = complaintDemo.planVisitDay().map(ComplaintDemo.VisitDay::day)
                .orElseGet(() -> jdbc.sql("select day from complaint_visit_plan order by day desc limit 1").query(java.time.LocalDate.class)
                        .optional().orElseThrow(() -> new AssertionError("the demo planned no visit day")));
        long complaint = jdbc.sql("select min(id) from complaint where external_id like 'demo-c2-%' and work_order_id is not null")
                .query(Long.class).single();
        long order = jdbc.sql("select work_order_id from complaint where id = ?").param(complaint).query(Long.class).single();
        browser.logIn(TestLogins.HANDLER, TestLogins.PASSWORD, By.id("complaint-sections"));
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            problems.addAll(check("/complaints?state=all", "complaints", width, By.id("complaint-sections")));
            problems.addAll(check("/complaints/" + complaint, "complaint", width, By.id("complaint-state")));
            problems.addAll(check("/work-orders", "work-orders", width, By.id("work-orders")));
            problems.addAll(check("/work-orders/" + order, "work-order", width, By.id("wo-state")));
            problems.addAll(check("/work-orders/board", "work-order-board", width, By.id("board-orders")));
            problems.addAll(check("/complaints/callbacks", "complaint-callbacks", width, By.id("link-board")));
            problems.addAll(check("/complaints/audits", "complaint-audits", width, By.id("audit-lists")));
            problems.addAll(check("/complaints/evaluation", "complaint-evaluation", width, By.id("comparison")));
            problems.addAll(check("/complaints/alarms", "complaint-alarms", width, By.id("alarm-form")));
            problems.addAll(check("/complaints/visits?day=" + visitDay, "complaint-visits", width, By.id("visit-day-form")));
            problems.addAll(check("/complaints/visits/plan?day=" + visitDay, "complaint-visit-plan", width, By.id("plan-day-form")));
            problems.addAll(check("/complaints/visits/cost", "complaint-visit-cost", width, By.id("cost-people")));
        }
        problems.addAll(check("/complaints?state=all&lang=en", "complaints-en", 1366, By.id("complaint-sections")));
        problems.addAll(check("/work-orders/" + order, "work-order-en", 1366, By.id("wo-state")));
        problems.addAll(check("/complaints/visits/plan?day=" + visitDay, "complaint-visit-plan-en", 1366, By.id("plan-day-form")));
        problems.addAll(check("/complaints/evaluation?lang=zh_CN", "complaint-evaluation-zh", 1366, By.id("comparison")));
        assertThat(problems).isEmpty();
    }

    /** The manager with the most customers: the contact-frequency view's list of customers over the target has rows. */
    private String busiestManager() {
        return jdbc.sql("select manager_id from assignment where manager_id is not null group by manager_id order by count(*) desc, manager_id limit 1")
                .query(String.class).single();
    }

    private long plantedMessage() {
        return jdbc.sql("select min(id) from outbox_message where idempotency_key like 'planted-%-festival-%'").query(Long.class).single();
    }

    /** Opens the page at a width, takes its screenshot and returns what does not read normally. */
    @SuppressWarnings("unchecked")
    private List<String> check(String path, String name, int width, By ready) throws IOException {
        browser.driver.manage().window().setSize(new Dimension(width, 1000));
        browser.open(path);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(ready));
        JavascriptExecutor js = browser.driver;
        String page = name + " at " + width + " px";
        List<String> problems = new ArrayList<>();
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long windowWidth = (Long) js.executeScript("return document.documentElement.clientWidth;");
        if (scrollWidth > windowWidth) problems.add(page + ": the page is " + scrollWidth + " px wide in a " + windowWidth + " px window");
        List<List<Object>> cells = (List<List<Object>>) js.executeScript(MEASURE);
        assertThat(cells).as(page + ": cells measured").isNotEmpty();
        for (List<Object> cell : cells) {
            String text = (String) cell.get(1);
            long lines = (Long) cell.get(2);
            boolean header = "TH".equals(cell.get(0));
            if (lines > 1 && (header || text.codePointCount(0, text.length()) <= SHORT)) {
                problems.add(page + ": " + (header ? "header" : "cell") + " '" + text.replace('\n', ' ') + "' in #" + cell.get(3)
                        + " takes " + lines + " lines");
            }
        }
        // the whole page in the picture: as tall as its content (the width, which decides the layout, stays)
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
        browser.driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 6000)));
        browser.screenshot("layout-" + name + "-" + width + ".png");
        return problems;
    }
}
