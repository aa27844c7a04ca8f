package dev.retain.engine.alert;

/** Which rule raised an alert, with the code the alert topic writes. */
public enum AlertKind {
    /** A resource's usage reached a percent of the plan's allowance. */
    ALLOWANCE("allowance"),
    /** The estimated overage of the month reached the bill-shock amount. */
    BILL_SHOCK("bill_shock");

    private final String code;

    AlertKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AlertKind ofCode(String code) {
        for (AlertKind k : values()) {
            if (k.code.equals(code)) return k;
        }
        throw new IllegalArgumentException("not an alert kind: '" + code + "' (allowance, bill_shock)");
    }
}
