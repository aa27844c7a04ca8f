package dev.retain.app.workorder.web;

import dev.retain.app.workorder.InvalidWorkOrderField;
import dev.retain.app.workorder.WorkOrderRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The work-order API's refusals as problem documents: a bad value names its field (400), an action the
 * state does not allow is a conflict (409). An advice of its own, ahead of core's, because handler
 * methods on the controller would fall under its role check.
 */
@RestControllerAdvice(assignableTypes = WorkOrderApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkOrderProblems {

    @ExceptionHandler(InvalidWorkOrderField.class)
    ProblemDetail invalid(InvalidWorkOrderField e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid work order");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(WorkOrderRefused.class)
    ProblemDetail refused(WorkOrderRefused e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
