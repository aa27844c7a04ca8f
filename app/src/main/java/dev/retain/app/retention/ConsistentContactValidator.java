package dev.retain.app.retention;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConsistentContact}; public because the validation provider instantiates it. */
public class ConsistentContactValidator implements ConstraintValidator<ConsistentContact, ContactForm> {

    @Override
    public boolean isValid(ContactForm form, ConstraintValidatorContext context) {
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (ContactCodes.REFUSED.equals(form.getOutcome()) && form.getDeclineReason() == null) {
            context.buildConstraintViolationWithTemplate("{retention.contact.error.declineReason.required}")
                    .addPropertyNode("declineReason").addConstraintViolation();
            valid = false;
        }
        if (ContactCodes.ACCEPTED_OFFER.equals(form.getOutcome()) && form.getOffer() == null) {
            context.buildConstraintViolationWithTemplate("{retention.contact.error.offer.required}")
                    .addPropertyNode("offer").addConstraintViolation();
            valid = false;
        }
        return valid;
    }
}
