package dev.retain.engine.alert;

/** What a plan includes an allowance of, with the code the alert topic writes. */
public enum Resource {
    DATA("data"),
    VOICE("voice"),
    SMS("sms");

    private final String code;

    Resource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Resource ofCode(String code) {
        for (Resource r : values()) {
            if (r.code.equals(code)) return r;
        }
        throw new IllegalArgumentException("not a resource: '" + code + "' (data, voice, sms)");
    }
}
