package dev.retain.app.notify.sms.cmpp;

/**
 * The two CMPP versions China Mobile's gateways speak. They differ in a few field widths: a
 * terminal id is 21 octets in 2.0 and 32 in 3.0 (which also adds a terminal-type octet after it),
 * and the status or result of a response is one octet in 2.0 and four in 3.0.
 */
public enum CmppVersion {
    V20(0x20, 21, 1), V30(0x30, 32, 4);

    final int code;
    final int terminalIdLength;
    final int resultLength;

    CmppVersion(int code, int terminalIdLength, int resultLength) {
        this.code = code;
        this.terminalIdLength = terminalIdLength;
        this.resultLength = resultLength;
    }

    /** "3.0" or "2.0" (also "30", "20"), as {@code retain.sms.cmpp.version} is written. */
    public static CmppVersion of(String text) {
        return switch (text.strip()) {
            case "3.0", "30", "3" -> V30;
            case "2.0", "20", "2" -> V20;
            default -> throw new IllegalArgumentException("retain.sms.cmpp.version must be 3.0 or 2.0, was '" + text + "'");
        };
    }

    public int code() {
        return code;
    }
}
