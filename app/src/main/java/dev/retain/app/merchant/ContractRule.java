package dev.retain.app.merchant;

/**
 * A settlement contract's rule for one category of what happens at the counter ({@code redemption},
 * {@code experience}, {@code consumption}): the operator's fee is {@code feePerRedemptionFen} a redemption plus
 * {@code shareBp} basis points (1/100 of a percent) of its value, and over a month at least {@code minimumFen} (when
 * the month has any of the category) and at most {@code capFen}; null: none. Money in fen.
 */
public record ContractRule(String category, long feePerRedemptionFen, int shareBp, Long minimumFen, Long capFen) {

    /** A rule that takes no fee. */
    public static ContractRule free(String category) {
        return new ContractRule(category, 0, 0, null, null);
    }
}
