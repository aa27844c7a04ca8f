package dev.retain.app;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser's session across MockMvc requests. Sessions live in PostgreSQL (Spring Session JDBC) and are found by
 * their cookie, so a {@code MockHttpSession} would not be carried from one request to the next: send each request
 * {@code .with(session)} and keep what it set with {@code .andDo(session)}.
 */
public final class BrowserSession implements RequestPostProcessor, ResultHandler {

    private static final String COOKIE = "RETAIN_SESSION";

    private Cookie cookie;

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) request.setCookies(cookie);
        return request;
    }

    @Override
    public void handle(MvcResult result) {
        Cookie set = result.getResponse().getCookie(COOKIE);
        if (set != null) cookie = set.getMaxAge() == 0 ? null : set;
    }

    /** An attribute of this session as stored (null: none, or no session yet). */
    public Object attribute(SessionRepository<? extends Session> sessions, String name) {
        if (cookie == null) return null;
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        Session session = sessions.findById(id);
        return session == null ? null : session.getAttribute(name);
    }
}
