package dev.retain.app.campaign.offer;

/**
 * An offer or an answer the catalogue refuses: {@code code} is a message key (its arguments {@code args}), {@code field}
 * the form field it belongs to (null: the form as a whole), so a page shows it where it was typed.
 */
public class OfferRefused extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] args;

    public OfferRefused(String field, String code, Object... args) {
        super(code);
        this.field = field;
        this.code = code;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
