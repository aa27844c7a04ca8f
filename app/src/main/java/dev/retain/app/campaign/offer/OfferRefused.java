package dev.retain.app.campaign.offer;

import dev.retain.app.core.Refusal;

/**
 * An offer or an answer the catalogue refuses: {@code code} is a message key (its arguments {@code args}), {@code field}
 * the form field it belongs to (null: the form as a whole), so a page shows it where it was typed.
 */
public class OfferRefused extends Refusal {

    public OfferRefused(String field, String code, Object... args) {
        super(code, field, args);
    }
}
