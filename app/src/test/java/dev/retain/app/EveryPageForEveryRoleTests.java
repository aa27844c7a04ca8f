package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.WorkbenchCrawl.Action;
import dev.retain.app.WorkbenchCrawl.Visit;
import dev.retain.app.complaint.ComplaintDemo;
import dev.retain.app.merchant.Counter;
import dev.retain.app.merchant.CounterCodes;
import dev.retain.app.merchant.CounterToken;
import dev.retain.app.merchant.CounterVerification;
import dev.retain.app.merchant.MerchantFixture;
import dev.retain.app.merchant.MerchantOffers;
import dev.retain.app.merchant.MerchantOutlets;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.merchant.OutletDraft;
import dev.retain.app.cycle.CycleService;
import dev.retain.app.cycle.CycleTestProvince;
import dev.retain.app.alert.AlertDelivery;
import dev.retain.app.alert.PlantedAlerts;
import dev.retain.app.notify.Outbox;
import dev.retain.app.notify.channel.DeliveryReports;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.notify.internal.OptOutAdministration;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every role walks every page it can reach from its landing page, and the API's list
 * endpoints with the same login (see {@link WorkbenchCrawl}), over a province that went
 * through the real cycle. For each role: no full phone number in any page, API answer, link or
 * redirect unless the user asked to reveal (R14.3; the supervisor here never asks); every
 * action a page offers is one the role may take; and in zh-CN, the default, the pages read as
 * Chinese: no English phrase and no stored code shown raw. A partner merchant's admin and clerk
 * (issue 14) walk their portal the same way, and are refused every page of the operator's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class EveryPageForEveryRoleTests {

    /** A province phone manager and customer manager with the most open tasks: logins made for this test. */
    private static final String PHONE = "crawl-pm";
    private static final String CUSTOMER = "crawl-cm";
    /** A partner merchant (issue 14) with an outlet, an offer and a receipt; its two logins are made by MerchantFixture. */
    private static final String MERCHANT = "PGCRAWL";
    private static final String MERCHANT_ADMIN = "pgcrawl-admin";
    private static final String MERCHANT_CLERK = "pgcrawl-clerk";
    /** A number of either form standing alone (the masking's own pattern would test itself: written again here). */
    private static final Pattern FULL_NUMBER = Pattern.compile("(?<![0-9A-Za-z+])(?:\\+86|0086|86)?1\\d{10}(?![0-9A-Za-z])");
    /** Two or more English words in a row, in the visible text of a zh-CN page. */
    private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[A-Za-z]{2,}(?: +[A-Za-z]{2,})+\\b");
    /** A stored code shown as it is stored: snake_case, or one of the lower-case codes of kinds and statuses. */
    private static final Pattern RAW_CODE = Pattern.compile(
            "\\b[a-z]+_[a-z0-9_]+\\b(?![.\\w])|\\b(?:winback|retention|upgrade|care|succeeded|failed|running|queued|suspended|cancelled|upload|cli)\\b");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired CycleService cycles;
    @Autowired Users users;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;
    @Autowired Outbox outbox;
    @Autowired OptOutAdministration optOuts;
    @Autowired DeliveryReports reports;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AlertDelivery alertDelivery;
    @Autowired ComplaintDemo complaintDemo;
    @Autowired dev.retain.app.campaign.CampaignDemo campaignDemo;
    @Autowired dev.retain.app.inspection.InspectionDemo inspectionDemo;
    @Autowired Merchants merchants;
    @Autowired MerchantOffers merchantOffers;
    @Autowired MerchantOutlets merchantOutlets;
    @Autowired MerchantStaffLogins merchantStaff;
    @Autowired Counter counter;
    @Autowired ObjectProvider<SmscSimulator> simulator;

    @BeforeEach
    void provinceLoginsAndOldFailures() {
        CycleTestProvince.loadedInto(dataSource);
        if (cycles.latestCycleMonth().isEmpty()) {
            cycles.runNow(CycleTestProvince.MONTH.minusMonths(1), "test");
            cycles.runNow(CycleTestProvince.MONTH, "test");
        }
        users.createOrReplace(PHONE, TestLogins.PASSWORD, "巡检电话经理", Role.PHONE_MANAGER, busiestManager("phone_manager"));
        users.createOrReplace(CUSTOMER, TestLogins.PASSWORD, "巡检客户经理", Role.CUSTOMER_MANAGER, busiestManager("customer_manager"));
        // failures recorded before numbers were masked at the source: the pages must still mask them
        PlantedHistory.plantOnce(jdbc);
        // the outbox and the opt-out list with rows of the crawling managers' customers
        PlantedMessages.plantOnce(jdbc, outbox, optOuts, reports, transactions,
                List.of(busiestManager("phone_manager"), busiestManager("customer_manager")));
        // usage alerts of the crawling managers' customers, for /alerts
        PlantedAlerts.plantOnce(jdbc, alertDelivery, transactions, List.of(busiestManager("phone_manager"), busiestManager("customer_manager")));
        // complaints and work orders in every state, as the demo has them (once: fixed external ids)
        complaintDemo.seed();
        // the demo's campaign, set up and not run: its page for those who read campaigns
        campaignDemo.seedCampaign();
        // the demo's inspection round with findings: its page, results and CSV for those who read inspections
        inspectionDemo.seed();
        // a partner merchant with its admin and clerk, an outlet, an offer and a receipt (once: fixed code)
        crawlMerchant();
    }

    private void crawlMerchant() {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, merchantStaff, MERCHANT);
        if (!merchantOffers.of(m.id()).isEmpty()) return;
        merchantOutlets.add(m.id(), new OutletDraft("巡检门店", "杭州市西湖区文三路1号", "10:00-22:00"));
        MerchantFixture.offer(merchantOffers, m.id(), "巡检咖啡一杯", "redemption", 100, 50);
        MerchantFixture.offer(merchantOffers, m.id(), "巡检体验课", "experience", 0, null);
        String msisdn = "13791499001";
        MerchantFixture.customer(jdbc, msisdn, 1000, "gold");
        var clerk = MerchantFixture.staff(m, MERCHANT_CLERK, Role.MERCHANT_CLERK);
        long mark = CounterCodes.mark(simulator.getObject());
        CounterVerification v = counter.sendCode(clerk, msisdn);
        CounterToken token = counter.checkCode(clerk, v.id(), CounterCodes.codeSentTo(simulator.getObject(), msisdn, mark));
        counter.redeem(clerk, UUID.randomUUID().toString(), token.token(), null, 120L);
    }

    private String busiestManager(String role) {
        return jdbc.sql("""
                        select t.manager_id from task t join manager m on m.manager_id = t.manager_id
                        where t.status = 'open' and m.role = ? group by t.manager_id order by count(*) desc, t.manager_id limit 1""")
                .param(role).query(String.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {PHONE, CUSTOMER, TestLogins.ANALYST, TestLogins.SUPERVISOR, TestLogins.ADMIN, TestLogins.HANDLER})
    void everyPageAndApiAnswerOfARole(String user) {
        WorkbenchCrawl crawl = WorkbenchCrawl.loggedIn(port, user, TestLogins.PASSWORD).pages()
                .api(user, TestLogins.PASSWORD, CycleTestProvince.MONTH.toString()).customersFromTheApi();
        assertThat(crawl.visits).as("pages and answers seen").hasSizeGreaterThan(5);
        if (user.equals(PHONE) || user.equals(CUSTOMER)) {
            assertThat(crawl.urls).as("a manager reaches customers from My tasks").anyMatch(u -> u.startsWith("/customers/"));
        }
        boolean handler = user.equals(TestLogins.HANDLER);
        assertThat(crawl.urls).as("the outbox, a message and the opt-out list were read").anyMatch(u -> u.startsWith("/messages/"))
                .contains("/opt-outs");
        if (!handler) assertThat(crawl.urls).as("the message API").anyMatch(u -> u.startsWith("/api/v1/messages?customerKey="));
        if (!user.equals(TestLogins.ANALYST) && !handler) assertThat(crawl.urls).as("today's moments").contains("/care/today");
        if (user.equals(TestLogins.SUPERVISOR) || user.equals(TestLogins.ADMIN)) assertThat(crawl.urls).as("region events").contains("/care/events");
        if (user.equals(TestLogins.ADMIN)) assertThat(crawl.urls).as("the playbook editor").contains("/admin/playbooks");
        if (user.equals(TestLogins.SUPERVISOR) || user.equals(TestLogins.ADMIN)) {
            assertThat(crawl.urls).as("the contact-frequency view and a manager's customers over the target were read")
                    .contains("/reports/contact-frequency").anyMatch(u -> u.startsWith("/reports/contact-frequency/managers/"));
        } else {
            assertThat(crawl.urls).as("only supervisors and admins are offered contact frequency").noneMatch(u -> u.startsWith("/reports/contact-frequency"));
        }
        if (user.equals(TestLogins.SUPERVISOR) || user.equals(TestLogins.ADMIN) || user.equals(TestLogins.ANALYST)) {
            assertThat(crawl.urls).as("the closed loop was read").contains("/reports/closed-loop");
        } else if (handler) {
            assertThat(crawl.urls).as("complaint handlers are offered no report").noneMatch(u -> u.startsWith("/reports/"));
        } else {
            assertThat(crawl.urls).as("managers are offered their own dashboards and no other report").contains("/reports/dashboards")
                    .noneMatch(u -> u.startsWith("/reports/") && !u.startsWith("/reports/dashboards"));
        }
        if (!handler) assertThat(crawl.urls).as("the dashboards").contains("/reports/dashboards");
        if (user.equals(TestLogins.ADMIN)) {
            assertThat(crawl.urls).as("the holiday table and a year's editor were read").contains("/admin/holidays")
                    .anyMatch(u -> u.startsWith("/admin/holidays/edit?year="));
        }
        if (!user.equals(TestLogins.ANALYST) && !handler) assertThat(crawl.urls).as("the usage alerts were read").contains("/alerts");
        if (handler || user.equals(TestLogins.SUPERVISOR) || user.equals(TestLogins.ADMIN)) {
            assertThat(crawl.urls).as("work orders, the time-limit board, callbacks, audits, evaluation and visits were read")
                    .contains("/work-orders", "/work-orders/board", "/complaints/callbacks", "/complaints/audits", "/complaints/evaluation",
                            "/complaints/visits").anyMatch(u -> u.startsWith("/complaints/visits/plan"))
                    .anyMatch(u -> u.matches("/work-orders/\\d+")).anyMatch(u -> u.matches("/complaints/\\d+"));
        }
        if (user.equals(TestLogins.ANALYST)) {
            assertThat(crawl.urls).as("the analyst reads complaints, the board and the evaluation")
                    .contains("/complaints", "/work-orders/board", "/complaints/evaluation").doesNotContain("/complaints/visits");
        }
        if (user.equals(TestLogins.SUPERVISOR) || user.equals(TestLogins.ADMIN) || user.equals(TestLogins.ANALYST)) {
            assertThat(crawl.urls).as("the campaigns and a campaign's page").contains("/campaigns").anyMatch(u -> u.matches("/campaigns/\\d+"));
        } else {
            assertThat(crawl.urls).as("managers and complaint handlers are offered no campaign page").noneMatch(u -> u.startsWith("/campaigns"));
        }
        if (user.equals(TestLogins.SUPERVISOR) || user.equals(TestLogins.ADMIN) || user.equals(TestLogins.ANALYST)) {
            assertThat(crawl.urls).as("the surveys' page").contains("/surveys");
        } else {
            assertThat(crawl.urls).as("managers and complaint handlers are offered no survey page").noneMatch(u -> u.startsWith("/surveys"));
        }
        if (user.equals(TestLogins.SUPERVISOR) || user.equals(PHONE) || user.equals(CUSTOMER)) {
            assertThat(crawl.urls).as("a customer's phone survey").anyMatch(u -> u.matches("/customers/[0-9a-f-]{36}/survey"));
        } else {
            assertThat(crawl.urls).as("no phone survey for the read-only, admins and handlers").noneMatch(u -> u.endsWith("/survey"));
        }
        if (user.equals(TestLogins.ADMIN)) {
            assertThat(crawl.urls).as("the merchant register and a merchant's page").contains("/admin/merchants")
                    .anyMatch(u -> u.matches("/admin/merchants/\\d+"));
        }
        assertThat(crawl.urls).as("the operator's people are offered no portal page").noneMatch(u -> u.startsWith("/portal/"));
        if (user.equals(TestLogins.ADMIN)) assertThat(crawl.urls).as("the work-order and filter settings").contains("/admin/work-orders", "/admin/complaint-filter");
        if (handler || user.equals(TestLogins.SUPERVISOR) || user.equals(TestLogins.ADMIN)) {
            assertThat(crawl.urls).as("the complaints, their alarms and intake were read").contains("/complaints")
                    .contains("/complaints/alarms").contains("/complaints/new");
        }
        if (!user.equals(TestLogins.ADMIN)) {
            assertThat(fullNumbers(crawl)).as(user + ": full numbers (R14.3)").isEmpty();
        }
        assertThat(actionsRefused(user, crawl)).as(user + ": actions offered that the role may not take").isEmpty();
        assertThat(untranslated(crawl)).as(user + ": text that does not read as Chinese").isEmpty();
    }

    /**
     * A partner merchant's admin and clerk walk their portal: only portal pages are linked and reached, each action
     * offered is theirs to take (the clerk is offered no refund, offer change or staff page), no full number shows,
     * and the pages read as Chinese. Every page of the operator's answers them 403.
     */
    @ParameterizedTest
    @ValueSource(strings = {MERCHANT_ADMIN, MERCHANT_CLERK})
    void everyPortalPageOfAMerchantsStaffAndNoneOfTheOperators(String user) throws Exception {
        WorkbenchCrawl crawl = WorkbenchCrawl.loggedIn(port, user, MerchantFixture.PASSWORD).pages();
        boolean admin = user.equals(MERCHANT_ADMIN);
        assertThat(crawl.urls).as("the portal's pages were read").contains("/portal/counter", "/portal/receipts", "/portal/offers", "/portal/outlets")
                .anyMatch(u -> u.startsWith("/portal/receipts/" + MERCHANT + "-")).anyMatch(u -> u.matches("/portal/offers/\\d+"));
        if (admin) assertThat(crawl.urls).as("the admin's staff page").contains("/portal/staff");
        else assertThat(crawl.urls).as("no staff page for a clerk").doesNotContain("/portal/staff");
        assertThat(crawl.urls).as("nothing but the portal is linked").allMatch(u -> u.equals("/") || u.equals("/login") || u.startsWith("/portal/"));
        if (admin) {
            assertThat(crawl.actions).extracting(Action::path).as("the admin refunds and changes offers, outlets and logins")
                    .anyMatch(p -> p.endsWith("/refund")).contains("/portal/offers", "/portal/outlets", "/portal/staff");
        } else {
            assertThat(crawl.actions).extracting(Action::path).as("the clerk only works the counter").allMatch(p -> p.startsWith("/portal/counter/"));
        }
        assertThat(fullNumbers(crawl)).as(user + ": full numbers (R14.3)").isEmpty();
        assertThat(actionsRefused(user, crawl)).as(user + ": actions offered that the role may not take").isEmpty();
        assertThat(untranslated(crawl)).as(user + ": text that does not read as Chinese").isEmpty();
        assertThat(operatorPagesAnswering(user, MerchantFixture.PASSWORD)).as(user + ": operator pages not refused").isEmpty();
    }

    /** Every GET page of the operator's (no path variable), asked by {@code user}: those that do not answer 403. */
    private List<String> operatorPagesAnswering(String user, String password) throws Exception {
        Set<String> paths = new TreeSet<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) return;
            for (String p : info.getPatternValues()) {
                if (p.contains("{") || p.equals("/") || p.equals("/login") || p.equals("/error") || p.startsWith("/portal/")
                        || p.startsWith("/api/")) {
                    continue;
                }
                paths.add(p);
            }
        });
        assertThat(paths).as("the operator's pages").contains("/messages", "/admin/merchants", "/admin/users", "/care/today");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        String csrf = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(in.headers().firstValue("Location").orElse("")).as("logged in").doesNotContain("error");
        List<String> answering = new ArrayList<>();
        for (String path : paths) {
            int status = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 403) answering.add(path + " " + status);
        }
        return answering;
    }

    private static List<String> fullNumbers(WorkbenchCrawl crawl) {
        List<String> found = new ArrayList<>();
        for (String url : crawl.urls) {
            if (FULL_NUMBER.matcher(url).find()) found.add("in the URL " + url);
        }
        for (Visit v : crawl.visits) {
            Matcher m = FULL_NUMBER.matcher(v.body());
            while (m.find()) {
                found.add(m.group() + " in " + v.url() + ": …"
                        + v.body().substring(Math.max(0, m.start() - 60), Math.min(v.body().length(), m.end() + 20)) + "…");
            }
        }
        return found;
    }

    /**
     * Each form and htmx POST a page offers, asked of its handler's own {@code @PreAuthorize}
     * for the role (and of the web chain's rule for /admin): an action shown is one the role may
     * take. Asked, not posted, so that no empty form saves anything.
     */
    private List<String> actionsRefused(String user, WorkbenchCrawl crawl) {
        Role role = users.find(user).orElseThrow().role();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();
        List<String> refused = new ArrayList<>();
        for (Action action : crawl.actions) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", action.path());
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain chain;
            try {
                chain = handlers.getHandler(request);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
                refused.add(action.path() + " (no handler) on " + action.page());
                continue;
            }
            AuthorizationResult result = preAuthorize.authorize(() -> auth,
                    new SimpleMethodInvocation(handler.getBean(), handler.getMethod()));
            // the web chain's own rules: /admin is the admin's, /portal only merchant staff's, and merchant staff reach nothing else
            boolean urlRule = action.path().startsWith("/portal/") ? role.isMerchantStaff()
                    : !role.isMerchantStaff() && (!action.path().startsWith("/admin/") || role == Role.ADMIN);
            if (result != null && !result.isGranted() || !urlRule) refused.add(action.path() + " on " + action.page());
        }
        return refused;
    }

    /** English phrases and raw codes in the visible text of zh-CN pages; stored names and the engine's own words (lang="en") aside. */
    private static List<String> untranslated(WorkbenchCrawl crawl) {
        List<String> found = new ArrayList<>();
        for (Visit v : crawl.visits) {
            if (!v.isHtml()) continue;
            Element body = Jsoup.parse(v.body()).body();
            // code and data the user typed or an admin wrote, the user's own name, words marked as English
            body.select("script, style, textarea, code, pre, input, [lang], .who").remove();
            // element by element: the texts of two cells side by side are no phrase
            for (Element e : body.select("*")) {
                for (Pattern p : List.of(ENGLISH_PHRASE, RAW_CODE)) {
                    Matcher m = p.matcher(e.ownText());
                    while (m.find()) found.add("'" + m.group() + "' on " + v.url());
                }
            }
        }
        return found.stream().distinct().toList();
    }
}
