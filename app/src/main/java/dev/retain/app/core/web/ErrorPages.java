package dev.retain.app.core.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals, missing things and malformed requests of the pages as readable pages in the user's
 * language, never a stack trace or a JSON body. The REST controllers answer with JSON instead
 * ({@link ApiProblems}); what fails before any controller is reached goes to {@link ErrorPageController}.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorPages {

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "core/forbidden";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "core/not-found";
    }

    /** A parameter of the wrong type, a missing one, a wrong method, a status a controller chose: the product's error page. */
    @ExceptionHandler({TypeMismatchException.class, ServletRequestBindingException.class, HttpRequestMethodNotSupportedException.class,
            MethodArgumentNotValidException.class, HandlerMethodValidationException.class, ResponseStatusException.class,
            MultipartException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        int status = e instanceof ErrorResponse er ? er.getStatusCode().value() : HttpStatus.BAD_REQUEST.value();
        if (status == HttpStatus.NOT_FOUND.value()) {
            response.setStatus(status);
            return new ModelAndView("core/not-found");
        }
        return ErrorPageController.page(status, response);
    }
}
