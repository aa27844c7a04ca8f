package dev.retain.app.notify.sms;

import dev.retain.engine.value.Msisdn;

/** Numbers between the outbox (the canonical national form) and gateways (which add and expect country codes). */
public final class SmsAddresses {

    private SmsAddresses() {
    }

    /**
     * The destination in international form without '+' ({@code 8613812345678}) for a Chinese mobile
     * number; any other number as given, without a leading '+'.
     */
    public static String international(String number) {
        String n = Msisdn.canonical(number.strip());
        if (n.length() == 11 && n.charAt(0) == '1' && n.chars().allMatch(Character::isDigit)) return "86" + n;
        return n.startsWith("+") ? n.substring(1) : n;
    }

    /** A number a gateway gave (86…, +86…, 0086… or national) in the canonical form the outbox keys on. */
    public static String fromGateway(String address) {
        return address == null ? null : Msisdn.canonical(address.strip());
    }
}
