package dev.retain.app.campaign.event;

/** A change to events, pools or claims that is refused; {@code code} is a message key of campaign's bundle. */
public class VipEventRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public VipEventRefused(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
