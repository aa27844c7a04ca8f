package dev.retain.app.complaint.web;

import dev.retain.app.complaint.ComplaintRefusedException;
import dev.retain.app.security.PersonalData;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused complaint or alarm as a problem document with the field at fault in {@code field}. An advice
 * of its own (before the house's {@code ApiProblems}): a handler inside the controller would sit behind
 * its method security.
 */
@RestControllerAdvice(assignableTypes = {ComplaintApi.class, NetworkAlarmApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplaintProblems {

    @ExceptionHandler(ComplaintRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ComplaintRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, PersonalData.maskNumbersIn(e.getMessage()));
        p.setTitle("Refused");
        if (e.field() != null) p.setProperty("field", e.field());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
