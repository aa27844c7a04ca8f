package dev.retain.app.campaign.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * An offer of the catalogue (SPEC R7.1). {@code cost} is the operator's cost in CNY per acceptance; {@code stock} what is
 * left to give (null: not counted), {@code taken} how many acceptances took one; {@code eligibility} the CEL rule over the
 * customer's facts; {@code priorAcceptance} where the learned acceptance rate starts.
 */
public record Offer(long id, String code, String nameZh, String nameEn, OfferKind kind, Map<String, String> params, String eligibility,
                    BigDecimal cost, LocalDate validFrom, LocalDate validTo, Integer stock, int taken, BigDecimal priorAcceptance,
                    boolean active, int version, Instant updatedAt, String updatedBy) {

    public Offer {
        params = Map.copyOf(params);
    }

    /** The name in the page's language: Chinese for zh, English otherwise. */
    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Active, valid on the day and with stock left (or none counted): may be offered. */
    public boolean offerableOn(LocalDate day) {
        return active && validOn(day) && (stock == null || stock > 0);
    }

    public String state() {
        return active ? "active" : "retired";
    }

    public String param(String name) {
        return params.get(name);
    }
}
