package dev.retain.app.merchant;

/** An outlet (a shop) of a merchant: where customers go, and when it is open (as the merchant writes it). */
public record OutletDraft(String name, String address, String openingHours) {
}
