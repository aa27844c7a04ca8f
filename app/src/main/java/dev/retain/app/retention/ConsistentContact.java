package dev.retain.app.retention;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules between a contact's fields: a refusal needs its reason, an accepted offer names
 * the offer. Reported at the field concerned, so the form shows the error next to it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentContactValidator.class)
public @interface ConsistentContact {

    String message() default "{retention.contact.error.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
