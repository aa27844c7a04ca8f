package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.WorkbenchCrawl.Action;
import dev.retain.app.WorkbenchCrawl.Visit;
import dev.retain.app.complaint.ComplaintDemo;
import dev.retain.app.cycle.CycleService;
import dev.retain.app.cycle.CycleTestProvince;
import dev.retain.app.alert.AlertDelivery;
import dev.retain.app.alert.PlantedAlerts;
import dev.retain.app.notify.Outbox;
import dev.retain.app.notify.channel.DeliveryReports;
import dev.retain.app.notify.internal.OptOutAdministration;
import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * Chinese: no English phrase and no stored code shown raw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class EveryPageForEveryRoleTests {

    /** A province phone manager and customer manager with the most open tasks: logins made for this test. */
    private static final String PHONE = "crawl-pm";
    private static final String CUSTOMER = "crawl-cm";
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
            assertThat(crawl.urls).as("only supervisors and admins are offered contact frequency").noneMatch(u -> u.startsWith("/reports/"));
        }
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
            boolean urlRule = !action.path().startsWith("/admin/") || role == Role.ADMIN;
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
