package dev.retain.engine.visit;

import java.math.BigDecimal;

/** One line of a monthly cost table: what, how many, at what unit price (CNY). */
public record CostLine(String item, BigDecimal quantity, BigDecimal unitPrice) {

    public CostLine {
        if (item == null || item.isBlank()) throw new IllegalArgumentException("a cost line needs an item");
        if (quantity == null || quantity.signum() < 0) throw new IllegalArgumentException(item + ": quantity must be ≥ 0");
        if (unitPrice == null || unitPrice.signum() < 0) throw new IllegalArgumentException(item + ": unit price must be ≥ 0");
    }

    public static CostLine of(String item, String quantity, String unitPrice) {
        return new CostLine(item, new BigDecimal(quantity), new BigDecimal(unitPrice));
    }

    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }
}
