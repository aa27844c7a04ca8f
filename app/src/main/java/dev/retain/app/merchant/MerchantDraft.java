package dev.retain.app.merchant;

/** A merchant as the operator's admin enters it; {@code code} is fixed once created. */
public record MerchantDraft(String code, String name, String club, String region, String contactName, String contactPhone) {
}
