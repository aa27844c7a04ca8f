package dev.retain.app.merchant;

/**
 * A merchant change or counter action refused for a reason the user can fix: {@link #code()} is a message key of
 * the merchant bundle (shown translated on pages, as {@code field} in API problems), with {@link #args()}.
 */
public class MerchantRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public MerchantRefused(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }
}
