package dev.retain.app.inspection;

import dev.retain.app.core.Refusal;

/** A request the inspection rules refuse: a message code, the form field it concerns (or null) and the message's arguments. */
public class InspectionRefused extends Refusal {

    public InspectionRefused(String code, String field, Object... args) {
        super(code, field, args);
    }
}
