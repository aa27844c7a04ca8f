package dev.retain.app.merchant;

/** An outlet of a merchant; closed outlets stay listed, inactive. */
public record OutletView(long id, long merchantId, String name, String address, String openingHours, boolean active) {
}
