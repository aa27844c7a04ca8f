package dev.retain.app.core.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's /error, where the servlet container sends what failed outside any controller's own
 * handling (no such page, a request the framework refused, an exception): the product's page in
 * the user's language for the pages, a problem document (JSON) for /api/v1 — never Tomcat's page,
 * the whitelabel page or raw JSON in a browser.
 */
@Controller
class ErrorPageController implements org.springframework.boot.webmvc.error.ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            HttpStatus known = HttpStatus.resolve(status);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known,
                    known == null ? "the request failed" : known.getReasonPhrase());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return switch (status) {
            case 403 -> withStatus(response, status, "core/forbidden");
            case 404 -> withStatus(response, status, "core/not-found");
            default -> page(status, response);
        };
    }

    /** The product's error page for {@code status}: a request we could not understand (4xx) or our own failure (5xx). */
    static ModelAndView page(int status, HttpServletResponse response) {
        ModelAndView page = withStatus(response, status, "core/error");
        page.addObject("status", status);
        page.addObject("clientError", status >= 400 && status < 500);
        return page;
    }

    private static ModelAndView withStatus(HttpServletResponse response, int status, String view) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView(view);
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return page;
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i && i >= 400 ? i : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
