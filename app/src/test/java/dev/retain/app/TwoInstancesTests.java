package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.cycle.CycleRun;
import dev.retain.app.cycle.CycleService;
import dev.retain.app.cycle.CycleTestProvince;
import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one database, as behind a load balancer (docs/scale.md): a login made on one is
 * a login on the other (the session lives in PostgreSQL), a logout on either ends it for both, a session this build
 * cannot read is a logout, and a cycle running on one is shown running on the other — an instance that starts
 * meanwhile leaves it alone.
 */
class TwoInstancesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("RETAIN_SESSION=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aLoginOnOneInstanceHoldsOnTheOtherAndACycleRunningOnOneIsSeenOnTheOther() throws Exception {
        try (SharedDatabase db = SharedDatabase.start()) {
            ConfigurableApplicationContext a = db.startInstance();
            a.getBean(Users.class).createOrReplace("two-sup", "two-instances-2026", "Two Instances", Role.SUPERVISOR, null);
            CycleTestProvince.loadedInto(a.getBean(DataSource.class));
            a.getBean(CycleService.class).awaitNoneUnfinished(Duration.ofMinutes(3)); // the import's own cycles

            // a cycle on A that stays "running": its writes wait for the test's lock on the segment table
            try (Connection holder = a.getBean(DataSource.class).getConnection()) {
                holder.setAutoCommit(false);
                try (Statement s = holder.createStatement()) {
                    s.execute("lock table segment in exclusive mode"); // readers go on; the cycle's write waits
                }
                long runId = a.getBean(CycleService.class).request(CycleTestProvince.MONTH, "two-sup").id();
                awaitStatus(a.getBean(CycleService.class), runId, CycleRun.Status.RUNNING);

                ConfigurableApplicationContext b = db.startInstance();
                assertThat(b.getBean(CycleService.class).find(runId).orElseThrow().status())
                        .as("B, started while A's cycle runs, shows it running and did not fail it").isEqualTo(CycleRun.Status.RUNNING);

                String session = logIn(a, "two-sup", "two-instances-2026");
                HttpResponse<String> onB = get(b, "/cycles", session);
                assertThat(onB.statusCode()).as("A's session on B").isEqualTo(200);
                assertThat(onB.body()).contains("id=\"run-" + runId + "\"").contains("two-sup");

                // logging out on B ends the session on A too
                HttpResponse<String> logout = post(b, "/logout", session, "_csrf=" + enc(csrf(get(b, "/cycles", session).body())));
                assertThat(logout.statusCode()).isEqualTo(302);
                HttpResponse<String> afterLogout = get(a, "/cycles", session);
                assertThat(afterLogout.statusCode()).isEqualTo(302);
                assertThat(afterLogout.headers().firstValue("Location").orElse("")).contains("/login");

                // a login this build cannot read (an older release's classes, damaged bytes) is a logout, not an error page
                String second = logIn(a, "two-sup", "two-instances-2026");
                db.jdbc().sql("""
                        update spring_session_attributes set attribute_bytes = '\\x00ff'
                        where attribute_name = 'SPRING_SECURITY_CONTEXT'
                          and session_primary_id in (select primary_id from spring_session where principal_name = 'two-sup')""").update();
                HttpResponse<String> unreadable = get(b, "/cycles", second);
                assertThat(unreadable.statusCode()).isEqualTo(302);
                assertThat(unreadable.headers().firstValue("Location").orElse("")).contains("/login");

                holder.rollback(); // the lock goes: A's cycle writes its month
                CycleRun done = awaitStatus(b.getBean(CycleService.class), runId, CycleRun.Status.SUCCEEDED);
                assertThat(done.error()).isNull();
            }
        }
    }

    /** Logs in through the form, as a browser does; the session cookie's value. */
    private String logIn(ConfigurableApplicationContext instance, String username, String password) throws Exception {
        HttpResponse<String> form = get(instance, "/login", null);
        String session = sessionCookie(form);
        HttpResponse<String> posted = post(instance, "/login", session,
                "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(form.body())));
        assertThat(posted.statusCode()).as("login").isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String renewed = sessionCookie(posted); // a new session id after the login (fixation protection)
        return renewed != null ? renewed : session;
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(instance, path)).GET();
        if (session != null) r.header("Cookie", "RETAIN_SESSION=" + session);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String session, String form) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(instance, path)).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (session != null) r.header("Cookie", "RETAIN_SESSION=" + session);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(header);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static CycleRun awaitStatus(CycleService cycles, long runId, CycleRun.Status wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        CycleRun run = cycles.find(runId).orElseThrow();
        while (run.status() != wanted && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            run = cycles.find(runId).orElseThrow();
        }
        assertThat(run.status()).as("run %d: %s", runId, run.error()).isEqualTo(wanted);
        return run;
    }
}
