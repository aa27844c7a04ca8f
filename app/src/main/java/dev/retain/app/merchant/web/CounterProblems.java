package dev.retain.app.merchant.web;

import dev.retain.app.loyalty.InsufficientPoints;
import dev.retain.app.merchant.MerchantNotFound;
import dev.retain.app.merchant.MerchantRefused;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The counter API's refusals as problem documents, in the caller's language, with the refusal's {@code code}: too
 * few points 409 (with balance and requested), a limit reached 429, an Idempotency-Key reused for another request
 * 422, a state that forbids it (merchant offline, offer sold out, no experiences left) 409, anything the clerk can
 * correct 400. Another merchant's verification or offer is 404, as an unknown one.
 */
@RestControllerAdvice(assignableTypes = CounterApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CounterProblems {

    private static final Map<String, HttpStatus> STATUS = Map.of(
            "merchant.error.too-many-codes-number", HttpStatus.TOO_MANY_REQUESTS,
            "merchant.error.too-many-codes-clerk", HttpStatus.TOO_MANY_REQUESTS,
            "merchant.error.too-many-codes-merchant", HttpStatus.TOO_MANY_REQUESTS,
            "merchant.error.key-reused", HttpStatus.UNPROCESSABLE_CONTENT,
            "merchant.error.offline", HttpStatus.CONFLICT,
            "merchant.error.offer-unavailable", HttpStatus.CONFLICT,
            "merchant.error.experiences-used", HttpStatus.CONFLICT);

    private final MessageSource messages;

    CounterProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MerchantRefused.class)
    ProblemDetail refused(MerchantRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(STATUS.getOrDefault(e.code(), HttpStatus.BAD_REQUEST),
                messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale()));
        problem.setProperty("code", e.code());
        if ("merchant.error.code-wrong".equals(e.code())) problem.setProperty("attemptsLeft", e.args()[0]);
        return problem;
    }

    @ExceptionHandler(InsufficientPoints.class)
    ProblemDetail insufficient(InsufficientPoints e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("merchant.error.insufficient", new Object[] {e.requested(), e.balance()}, LocaleContextHolder.getLocale()));
        problem.setProperty("code", "merchant.error.insufficient");
        problem.setProperty("balance", e.balance());
        problem.setProperty("requested", e.requested());
        return problem;
    }

    @ExceptionHandler(MerchantNotFound.class)
    ProblemDetail notFound(MerchantNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
