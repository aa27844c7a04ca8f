package dev.retain.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A logged-in user walking the workbench over real HTTP, as a browser would without running
 * script: from the landing page along every link, GET form and htmx GET of every page it
 * reaches (a few of each kind of page: one customer's 360 view stands for all), and the API's
 * list endpoints with the same login. It keeps what it saw; the tests judge it.
 */
final class WorkbenchCrawl {

    /** A page or API answer the user got: its URL (after redirects), content type and body. */
    record Visit(String url, String contentType, String body) {

        boolean isHtml() {
            return contentType.startsWith("text/html");
        }

        boolean isJson() {
            return contentType.contains("json");
        }
    }

    /** A form (or htmx request) a page offers that changes something: where it posts, and the page that offers it. */
    record Action(String path, String page) {
    }

    /** Kinds of page seen at most this often: the 360 view of one customer stands for every customer's. */
    private static final int SAME_KIND = 3;
    private static final int MAX_PAGES = 200;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TASK_ID = Pattern.compile("T\\d{4}-\\d{2}-[0-9a-f]{16}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Not followed: leaving the session, static files, the language switch (the session would change language), API docs. */
    private static final List<String> SKIPPED = List.of("/logout", "/css/", "/js/", "/webjars/", "/api/v1/docs", "/api/v1/swagger-ui",
            "/favicon");

    private final String base;
    private final HttpClient http;
    final List<Visit> visits = new ArrayList<>();
    final Set<Action> actions = new LinkedHashSet<>();
    /** Every URL requested or redirected to. */
    final List<String> urls = new ArrayList<>();
    /** Customer keys the API handed out. */
    private final Set<String> keys = new TreeSet<>();

    private WorkbenchCrawl(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in through the login form, as a person does. */
    static WorkbenchCrawl loggedIn(int port, String username, String password) {
        WorkbenchCrawl crawl = new WorkbenchCrawl(port);
        Document login = Jsoup.parse(crawl.get("/login").body());
        String csrf = login.select("input[name=_csrf]").attr("value");
        HttpResponse<String> answer = crawl.send(HttpRequest.newBuilder(URI.create(crawl.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "_csrf", csrf)))).build());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("login of " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return crawl;
    }

    /** Follows every link from the landing page. */
    WorkbenchCrawl pages() {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> kinds = new HashMap<>();
        while (!queue.isEmpty() && visits.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path) || kinds.merge(kind(path), 1, Integer::sum) > SAME_KIND) continue;
            Visit visit = get(path);
            if (visit == null || !visit.isHtml()) continue;
            Document page = Jsoup.parse(visit.body(), base + path);
            for (Element link : page.select("a[href], form[method=get][action], form:not([method])[action], [hx-get]")) {
                String target = link.hasAttr("hx-get") ? link.absUrl("hx-get")
                        : link.hasAttr("href") ? link.absUrl("href") : link.absUrl("action");
                String local = local(target);
                if (local != null && !seen.contains(local)) queue.add(local);
            }
            for (Element form : page.select("form[method=post][action], [hx-post]")) {
                String target = local(form.hasAttr("hx-post") ? form.absUrl("hx-post") : form.absUrl("action"));
                if (target != null && !target.equals("/logout")) actions.add(new Action(target.replaceAll("[?#].*", ""), path));
            }
        }
        return this;
    }

    /** The API's list endpoints with this user's password (HTTP basic), and one of each thing they list. */
    WorkbenchCrawl api(String username, String password, String month) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        List<String> lists = List.of("/api/v1/tasks?size=100", "/api/v1/tasks?status=done&size=100",
                "/api/v1/segments?month=" + month + "&size=100", "/api/v1/imports", "/api/v1/cycles", "/api/v1/openapi", "/api/v1/opt-outs");
        Set<String> details = new LinkedHashSet<>();
        for (String list : lists) {
            Visit v = apiGet(list, auth);
            if (v == null) continue;
            Matcher key = KEY.matcher(v.body());
            while (key.find() && keys.size() < 6) keys.add(key.group());
            if (list.startsWith("/api/v1/imports") || list.startsWith("/api/v1/cycles")) {
                Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(v.body());
                for (int n = 0; id.find() && n < 3; n++) details.add(list + "/" + id.group(1));
            }
        }
        for (String key : keys) {
            details.add("/api/v1/subscribers/" + key);
            details.add("/api/v1/contacts?customerKey=" + key);
            details.add("/api/v1/messages?customerKey=" + key);
        }
        for (String detail : details) apiGet(detail, auth);
        return this;
    }

    /** The 360 view of a few customers the API named: a supervisor or an analyst reaches them by key too. */
    WorkbenchCrawl customersFromTheApi() {
        keys.stream().limit(SAME_KIND).forEach(key -> get("/customers/" + key));
        return this;
    }

    private Visit apiGet(String path, String auth) {
        urls.add(path);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).GET().build());
        if (answer.statusCode() != 200) return null;
        Visit visit = new Visit(path, answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        visits.add(visit);
        return visit;
    }

    /** GET with redirects followed by hand, so that every Location is seen too. */
    private Visit get(String path) {
        String url = path;
        for (int hops = 0; hops < 5; hops++) {
            urls.add(url);
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + url)).GET().build());
            int status = answer.statusCode();
            if (status / 100 == 3) {
                url = local(URI.create(base + url).resolve(answer.headers().firstValue("Location").orElseThrow()).toString());
                if (url == null) return null;
                continue;
            }
            if (status != 200) return null;
            Visit visit = new Visit(url, answer.headers().firstValue("Content-Type").orElse(""), answer.body());
            visits.add(visit);
            return visit;
        }
        throw new AssertionError("too many redirects from " + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path and query of a link on this server, or null for one that is not followed. */
    private String local(String url) {
        if (url == null || url.isEmpty() || !url.startsWith(base)) return null;
        String path = url.substring(base.length());
        int hash = path.indexOf('#');
        if (hash >= 0) path = path.substring(0, hash);
        if (path.isEmpty()) path = "/";
        for (String skipped : SKIPPED) if (path.startsWith(skipped)) return null;
        if (path.contains("lang=")) return null;
        return path;
    }

    /** The kind of page: keys, task ids and numbers replaced, query values dropped. */
    private static String kind(String path) {
        String p = KEY.matcher(path).replaceAll("{key}");
        p = TASK_ID.matcher(p).replaceAll("{task}");
        p = DIGITS.matcher(p).replaceAll("{n}");
        return p.replaceAll("=[^&]*", "=");
    }

    private static String form(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }
}
