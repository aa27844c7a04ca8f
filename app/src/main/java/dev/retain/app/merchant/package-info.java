/**
 * The merchant alliance (SPEC R11; issue 14): partner merchants of the five clubs with their outlets, offers and
 * staff logins; the counter, where a clerk verifies a customer by a one-time code and redeems points from the
 * loyalty module's ledger; and the operator's screens over them. Merchant staff see only their own merchant.
 */
package dev.retain.app.merchant;
