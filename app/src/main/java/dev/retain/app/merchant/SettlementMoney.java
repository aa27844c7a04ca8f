package dev.retain.app.merchant;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Money as the statements and pages show it ({@code @settlementMoney.yuan(fen)}): yuan with two decimals and
 * thousands separators, from whole fen, exactly (BigDecimal, never a double); a share in basis points as a percent.
 */
@Component("settlementMoney")
public class SettlementMoney {

    public String yuan(long fen) {
        return format(BigDecimal.valueOf(fen, 2), "#,##0.00");
    }

    public String yuan(Long fen) {
        return fen == null ? "—" : yuan(fen.longValue());
    }

    /** "¥12.50", or {@code none} for null (no minimum, no cap). */
    public String amountOr(Long fen, String none) {
        return fen == null ? none : "¥" + yuan(fen.longValue());
    }

    /** Yuan without separators, for an input field ("12.50"); empty for null. */
    public String plain(Long fen) {
        return fen == null ? "" : BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** Basis points as a percent: 525 → "5.25%". */
    public String percent(int basisPoints) {
        return format(BigDecimal.valueOf(basisPoints, 2), "0.##") + "%";
    }

    /** Basis points as a percent without the sign, for an input field. */
    public String plainPercent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    private static String format(BigDecimal amount, String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        return f.format(amount);
    }
}
