package dev.retain.app.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's refusals from the filter chain as RFC 9457 problem documents (JSON), like the
 * controllers' own errors: 401 with the schemes a caller may use, 403, and 429 with Retry-After
 * while the caller's address or login is locked. The detail is a fixed sentence: never the URL
 * or anything the caller sent.
 */
final class ApiProblemResponses {

    private ApiProblemResponses() {
    }

    static AuthenticationEntryPoint entryPoint() {
        return (request, response, failure) -> {
            if (failure instanceof LoginLockedException locked) {
                response.setHeader("Retry-After", String.valueOf(locked.retryAfterSeconds()));
                write(response, HttpStatus.TOO_MANY_REQUESTS, "too many failed logins from here: try again later");
            } else if (failure instanceof SecondFactorRequiredException) {
                write(response, HttpStatus.UNAUTHORIZED, failure.getMessage());
            } else {
                response.addHeader("WWW-Authenticate", "Bearer realm=\"retain\"");
                response.addHeader("WWW-Authenticate", "Basic realm=\"retain\"");
                write(response, HttpStatus.UNAUTHORIZED, "an API key (Authorization: Bearer rtk_…) or a login (HTTP Basic) is needed");
            }
        };
    }

    static AccessDeniedHandler accessDenied() {
        return (request, response, denied) -> write(response, HttpStatus.FORBIDDEN, "not allowed for this caller");
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(status.getReasonPhrase()) + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }
}
