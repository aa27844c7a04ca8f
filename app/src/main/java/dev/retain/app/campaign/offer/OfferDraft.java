package dev.retain.app.campaign.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * An offer as created or changed: {@code kind} by its code, {@code params} by name (checked against the kind), {@code stock}
 * null when none is counted; {@code priorAcceptance} a share in (0, 1).
 */
public record OfferDraft(String code, String nameZh, String nameEn, String kind, Map<String, String> params, String eligibility,
                         BigDecimal cost, LocalDate validFrom, LocalDate validTo, Integer stock, BigDecimal priorAcceptance) {
}
