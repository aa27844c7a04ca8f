package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What only the real server shows: the session cookie's flags (Secure when the request came over
 * HTTPS through a proxy), Tomcat's error dispatch answering with the product's page or JSON, a
 * malformed ?lang= on a real request, and the OpenAPI document opened by its setting (as
 * {@code retain demo} sets it) with the API browser working under the Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"retain.security.openapi-public=true", "server.forward-headers-strategy=native"})
@Import(TestLogins.class)
class ServerSecurityTests {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindHttps() throws Exception {
        HttpResponse<String> plain = get("/login");
        String cookie = sessionCookie(plain);
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> viaHttps = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").GET());
        assertThat(sessionCookie(viaHttps)).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");
    }

    @Test
    void aMalformedLangOnARealRequestShowsTheLoginPage() throws Exception {
        HttpResponse<String> login = get("/login?lang=en%22");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("登录 Retain");
    }

    @Test
    void errorsOutsideAnyControllerAreTheProductsPageOrJsonForTheApi() throws Exception {
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/no-such-endpoint")).header("Authorization", basic(TestLogins.ANALYST))
                .header("Accept", "text/html").GET());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(api.body()).contains("\"status\":404");

        HttpResponse<String> anonymous = get("/api/v1/tasks");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"status\":401");

        // a page that does not exist, for a logged-in browser: the product's page, not Tomcat's or the whitelabel one
        String session = logIn(TestLogins.SUPERVISOR);
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/no-such-page?lang=en")).header("Cookie", session)
                .header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("class=\"topbar\"").contains("Not found").doesNotContain("Whitelabel").doesNotContain("Apache Tomcat");
        HttpResponse<String> bad = send(HttpRequest.newBuilder(uri("/supervisor?month=2026-13")).header("Cookie", session)
                .header("Accept", "text/html").GET());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"error-body\"").doesNotContain("\"status\"");
    }

    @Test
    void theOpenApiDocumentIsOpenWhenTheSettingSaysSoAndItsBrowserWorksUnderThePolicy() throws Exception {
        HttpResponse<String> doc = get("/api/v1/openapi");
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/v1/tasks");

        try (Browser browser = Browser.start(port)) {
            browser.open("/api/v1/docs");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
            List<String> errors = new ArrayList<>();
            for (String e : browser.consoleErrors()) if (!e.contains("Failed to load resource")) errors.add(e);
            assertThat(errors).as("console errors on the API browser").isEmpty();
        }
    }

    private String logIn(String username) throws Exception {
        HttpResponse<String> form = get("/login");
        String session = sessionCookie(form).split(";")[0];
        String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> in = send(HttpRequest.newBuilder(uri("/login")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + TestLogins.PASSWORD + "&_csrf=" + token)));
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return sessionCookie(in).split(";")[0];
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("RETAIN_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestLogins.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
