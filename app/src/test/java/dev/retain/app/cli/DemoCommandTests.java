package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.cycle.CycleRun;
import dev.retain.app.cycle.CycleService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code retain demo} on a fresh home, as a new operator starts it, with the business date set:
 * the province ends at the last closed month, each of its two cycles runs once and /cycles lists
 * them in order, no customer has two open tasks and none of the last month's is overdue, the
 * health and readiness endpoints say "not ready" until the data is loaded, the logins have
 * names that read in both languages; and a restart in a later month keeps the data and says so.
 */
class DemoCommandTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 3);
    private static final YearMonth LAST = YearMonth.of(2026, 7);

    @TempDir Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Status code and body, or null while the server is not listening yet. */
    private String[] get(int port, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return new String[] {Integer.toString(r.statusCode()), r.body()};
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Options options(int port, String today) {
        return new Options("demo", new String[] {"demo", "--home", home.toString(), "--port", Integer.toString(port),
                "--subscribers", "2000", "--today", today}, 1, DemoCommand.OPTIONS);
    }

    @Test
    void aFirstStartLoadsTheLastClosedMonthOnceAndIsReadyOnlyThenAndARestartLaterKeepsIt() throws Exception {
        int port = freePort();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        List<String> readinessWhileLoading = new ArrayList<>();
        List<String> healthWhileLoading = new ArrayList<>();
        DemoCommand.Started started;
        try {
            Future<DemoCommand.Started> demo = caller.submit(() ->
                    DemoCommand.start(options(port, TODAY.toString()), new PrintStream(printed, true, StandardCharsets.UTF_8)));
            while (!demo.isDone()) {
                String[] readiness = get(port, "/actuator/health/readiness");
                String[] health = get(port, "/actuator/health");
                // answers given before the demo returned: while it loads (a last one may race its end)
                if (!demo.isDone() && readiness != null) readinessWhileLoading.add(readiness[0] + " " + readiness[1]);
                if (!demo.isDone() && health != null) healthWhileLoading.add(health[0] + " " + health[1]);
                Thread.sleep(250);
            }
            started = demo.get(10, TimeUnit.MINUTES);
        } finally {
            caller.shutdownNow();
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext app = started.app()) {
            assertThat(started.exitCode()).as(out).isZero();
            assertThat(out).contains("today is 2026-08-03: the demo province ends at the last closed month, 2026-07")
                    .contains("cycle 2026-06: succeeded").contains("cycle 2026-07: succeeded");

            // not ready while loading (the server answers long before the data exists), ready after
            assertThat(readinessWhileLoading).as("readiness answers seen while loading").hasSizeGreaterThan(2);
            assertThat(healthWhileLoading).hasSizeGreaterThan(2);
            assertThat(readinessWhileLoading.subList(0, readinessWhileLoading.size() - 1))
                    .allSatisfy(r -> assertThat(r).startsWith("503").contains("OUT_OF_SERVICE"));
            assertThat(healthWhileLoading.subList(0, healthWhileLoading.size() - 1))
                    .allSatisfy(r -> assertThat(r).startsWith("503").contains("OUT_OF_SERVICE"));
            assertThat(get(port, "/actuator/health/readiness")[0]).isEqualTo("200");
            assertThat(get(port, "/actuator/health")[1]).contains("\"UP\"");

            // no SMS gateway configured: the demo's SMS go to the local SMSC simulator
            assertThat(app.getEnvironment().getPropertySources().get("commandLineArgs").getProperty("retain.sms.simulator.enabled"))
                    .as("retain demo asks for the SMS simulator").isEqualTo("true");
            assertThat(app.getBeansOfType(dev.retain.app.notify.sms.simulator.SmscSimulator.class)).hasSize(1);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select max(month) from usage_monthly").query(String.class).single()).isEqualTo(LAST.toString());
            // one run per month, started in the order queued, listed newest first
            List<CycleRun> runs = app.getBean(CycleService.class).recent(10);
            assertThat(runs).extracting(r -> r.month().toString()).containsExactly("2026-07", "2026-06");
            assertThat(runs).allSatisfy(r -> assertThat(r.status()).as(r.error()).isEqualTo(CycleRun.Status.SUCCEEDED));
            assertThat(runs.get(0).startedAt()).isAfterOrEqualTo(runs.get(1).finishedAt());

            assertThat(jdbc.sql("select count(*) from (select msisdn from task where status = 'open' and kind in "
                            + dev.retain.app.retention.CycleTaskKinds.SQL_LIST + " group by msisdn having count(*) > 1) twice")
                    .query(Long.class).single()).as("customers with two open retention tasks (care tasks are other kinds)").isZero();
            assertThat(jdbc.sql("select count(*) from task where status = 'superseded'").query(Long.class).single())
                    .as("June's open tasks of customers July raised again").isPositive();
            long lastMonthTasks = jdbc.sql("select count(*) from task where status = 'open' and month = ?").param(LAST.toString())
                    .query(Long.class).single();
            assertThat(lastMonthTasks).isPositive();
            assertThat(jdbc.sql("select count(*) from task where status = 'open' and month = ? and due_date < ?")
                    .params(LAST.toString(), TODAY).query(Long.class).single()).as("July's tasks overdue on 3 August").isZero();

            // display names: people's names, no role words in one language
            assertThat(jdbc.sql("select display_name from app_user where username = 'admin'").query(String.class).single())
                    .isEqualTo(DemoData.ADMIN_NAME);
            String phone = jdbc.sql("select display_name || '|' || manager_id from app_user where username = 'phone'").query(String.class).single();
            assertThat(phone).doesNotContain("Phone manager").matches("[\\p{IsHan}]+ \\((PM-[A-Z0-9-]+)\\)\\|\\1");

            // the merchant alliance (issue 14): merchants, their staff's logins, a till's key, points, last month's settlement
            assertThat(out).contains("merchant alliance: 5 merchants online").containsPattern("shop +merchant_admin +悦享国际影城")
                    .containsPattern("clerk +merchant_clerk +悦享国际影城").containsPattern("API key for /api/v1/counter .*: rtk_")
                    .contains("settlement: 悦享国际影城 applied for 2026-07 (applied)")
                    .contains("VIP event: 越剧专场·会员之夜, 50 tickets; a customer claims one by texting YJ");
            assertThat(jdbc.sql("select count(*) from merchant_redemption where idempotency_key like 'demo-history-2026-07-%'")
                    .query(Long.class).single()).as("July's counter history").isPositive();

            // the offer catalogue (issue 15): one offer of each kind, and rules that fit a fair share of the province
            assertThat(out).contains("Offer catalogue: 8 offers, one of each kind (/offers)");
            List<dev.retain.engine.rules.FactCondition> rules = app.getBean(dev.retain.app.campaign.offer.Offers.class).active().stream()
                    .filter(o -> o.code().startsWith("DEMO-")).map(o -> dev.retain.engine.rules.FactCondition.compile(o.eligibility())).toList();
            assertThat(rules).hasSize(8);
            long[] present = {0, 0};
            app.getBean(dev.retain.app.segment.RuleFacts.class).forEach(LAST, m -> {
                present[0]++;
                if (rules.stream().anyMatch(r -> r.test(m.facts()))) present[1]++;
            });
            assertThat(present[1]).as("customers some demo offer fits, of " + present[0]).isGreaterThan(present[0] / 3);
            String yellow = jdbc.sql("select msisdn from segment where month = ? and zone = 'yellow' order by msisdn limit 1").param(LAST.toString())
                    .query(String.class).single();
            assertThat(app.getBean(dev.retain.app.campaign.offer.NextBestOffers.class).of(yellow, Locale.SIMPLIFIED_CHINESE).orElseThrow().ranked())
                    .as("a yellow customer's next best offers").isNotEmpty();
            // the demo's campaign: a supervisor runs it; the treated group's texts go to the SMSC simulator, the holdout's never
            assertThat(out).containsPattern("campaign: 黄区客户关怀短信, SMS to the yellow zone with a 10% holdout, ready to run \\(supervisor: /campaigns/\\d+\\)");
            // the demo's surveys: answers on file for /surveys' means and gaps, live links through the outbox
            assertThat(out).contains("surveys: 60 answered surveys on file, 3 links just sent");
            assertThat(app.getBean(dev.retain.app.survey.SurveyResults.class).means())
                    .allSatisfy(m -> assertThat(m.perception()).as(m.dimension() + "'s mean perception").isNotNull());
            assertThat(jdbc.sql("""
                    select count(*) from survey_send s join outbox_message o on o.id = s.message_id
                    where s.trigger = 'sample' and o.template_code = 'survey_link'""").query(Long.class).single()).as("the live links").isEqualTo(3);
            assertThat(jdbc.sql("select count(*) from survey_send where trigger = 'complaint' and message_id is not null").query(Long.class).single())
                    .as("the demo's closed complaints' surveys").isPositive();
            long campaign = jdbc.sql("select id from campaign where name = '黄区客户关怀短信'").query(Long.class).single();
            var run = app.getBean(dev.retain.app.campaign.campaigns.Campaigns.class).run(campaign, "supervisor");
            assertThat(run.factsMonth()).isEqualTo(LAST);
            assertThat(run.matched()).as("yellow-zone customers of July").isPositive();
            assertThat(run.treated()).isPositive();
            List<String> holdout = jdbc.sql("select msisdn from campaign_member where campaign_id = ? and grp = 'holdout'").param(campaign)
                    .query(String.class).list();
            assertThat(jdbc.sql("select count(*) from outbox_message where reason = ? and msisdn = any(?::text[])")
                    .params("campaign:" + campaign, "{" + String.join(",", holdout) + "}").query(Long.class).single())
                    .as("nothing queued for the holdout").isZero();
            var simulator = app.getBean(dev.retain.app.notify.sms.simulator.SmscSimulator.class);
            long end = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < end && jdbc.sql("""
                            select count(*) from campaign_member m join outbox_message o on o.id = m.message_id
                            where m.campaign_id = ? and o.state in ('queued', 'sending')""").param(campaign).query(Long.class).single() > 0) {
                Thread.sleep(200);
            }
            List<String> sent = jdbc.sql("""
                            select m.msisdn from campaign_member m join outbox_message o on o.id = m.message_id
                            where m.campaign_id = ? and o.state in ('sent', 'delivered')""").param(campaign).query(String.class).list();
            java.util.Set<String> texted = simulator.messages().stream().filter(m -> !m.fromCustomer())
                    .map(m -> dev.retain.engine.value.Msisdn.canonical(m.to())).collect(java.util.stream.Collectors.toSet());
            assertThat(texted).as("the simulator got the treated group's texts that went out").containsAll(sent);
            assertThat(texted).as("and none of the holdout's").noneMatch(holdout::contains);
        }

        // a restart two months later: the data stays, and the demo says what that means
        int again = freePort();
        ByteArrayOutputStream later = new ByteArrayOutputStream();
        DemoCommand.Started restarted = DemoCommand.start(options(again, "2026-10-02"), new PrintStream(later, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext app = restarted.app()) {
            String said = later.toString(StandardCharsets.UTF_8);
            assertThat(restarted.exitCode()).as(said).isZero();
            assertThat(said).contains("demo data found in the database, ending 2026-07")
                    .contains("the last closed month is now 2026-09").contains("./retain demo --today 2026-08-01")
                    .doesNotContain("generating");
            assertThat(get(again, "/actuator/health/readiness")[0]).isEqualTo("200");
            assertThat(app.getBean(CycleService.class).recent(10)).as("no cycle ran again").hasSize(2);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from merchant where code like 'DEMO-%'").query(Long.class).single()).as("no merchant twice")
                    .isEqualTo(5);
            assertThat(jdbc.sql("select count(*) from merchant_settlement where period = '2026-07'").query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from vip_event").query(Long.class).single()).as("the demo's event once").isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from campaign where name = '黄区客户关怀短信'").query(Long.class).single())
                    .as("the demo's campaign once").isEqualTo(1);
        }
    }
}
