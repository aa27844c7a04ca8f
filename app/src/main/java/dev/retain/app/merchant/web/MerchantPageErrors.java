package dev.retain.app.merchant.web;

import dev.retain.app.merchant.MerchantNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The merchant pages' unknown things: a merchant, outlet, offer or receipt that does not exist — or is another
 * merchant's, which a merchant's staff must not learn exists — is the product's not-found page.
 */
@ControllerAdvice(assignableTypes = {MerchantAdminPages.class, CounterPages.class, PortalPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MerchantPageErrors {

    @ExceptionHandler(MerchantNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "core/not-found";
    }
}
