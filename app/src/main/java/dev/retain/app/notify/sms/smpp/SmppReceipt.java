package dev.retain.app.notify.sms.smpp;

import dev.retain.app.notify.sms.SmsSettings;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameter.Tag;

/**
 * A delivery receipt (a deliver_sm with the receipt flag in esm_class), read leniently. SMPP 3.4
 * leaves the receipt's text to the vendor (Appendix B gives "a typical example"): gateways drop
 * {@code sub:} and {@code dlvrd:}, write {@code DELIVERED} for {@code DELIVRD}, add states of
 * their own. So only {@code id:}, {@code stat:} and {@code err:} are read from the text, and the
 * TLVs {@code receipted_message_id} and {@code message_state} win when the gateway sends them.
 * jsmpp's own parser is not used: it throws on a receipt without {@code sub:} and on unknown states.
 *
 * <p>The text of a receipt may quote the start of the message (a one-time code): it is never logged.
 */
record SmppReceipt(String messageId, String state, boolean isFinal, boolean delivered, String error) {

    private static final Pattern ID = Pattern.compile("(?i)(?:^|\\s)id:(\\S+)");
    private static final Pattern STAT = Pattern.compile("(?i)(?:^|\\s)stat:(\\S+)");
    private static final Pattern ERR = Pattern.compile("(?i)(?:^|\\s)err:(\\S+)");
    private static final Set<String> DELIVERED = Set.of("DELIVRD", "DELIVERED");
    private static final Set<String> FAILED = Set.of("EXPIRED", "DELETED", "UNDELIV", "UNDELIVERABLE", "REJECTD", "REJECTED",
            "UNKNOWN", "FAILED", "SKIPPED");
    /** message_state values (SMPP 3.4 §5.2.28) by number. */
    private static final String[] MESSAGE_STATES = {"SCHEDULED", "ENROUTE", "DELIVERED", "EXPIRED", "DELETED", "UNDELIVERABLE",
            "ACCEPTED", "UNKNOWN", "REJECTED", "SKIPPED"};

    /**
     * The receipt in {@code deliverSm}; empty when it names no message. The TLV id is in the form
     * of the submit response (the SMPP 3.4 definition of receipted_message_id), the text's id in
     * the receipt's form: each is normalised with its own setting.
     */
    static Optional<SmppReceipt> from(DeliverSm deliverSm, SmsSettings.Smpp settings) {
        String text = deliverSm.getShortMessage() == null ? "" : new String(deliverSm.getShortMessage(), StandardCharsets.ISO_8859_1);
        String tlvId = null;
        if (deliverSm.getOptionalParameter(Tag.RECEIPTED_MESSAGE_ID) instanceof OptionalParameter.OctetString s) {
            tlvId = s.getValueAsString();
        }
        Integer tlvState = null;
        if (deliverSm.getOptionalParameter(Tag.MESSAGE_STATE) instanceof OptionalParameter.Byte b) tlvState = b.getValue() & 0xFF;
        String networkError = null;
        if (deliverSm.getOptionalParameter(Tag.NETWORK_ERROR_CODE) instanceof OptionalParameter.OctetString s && s.getValue().length == 3) {
            byte[] v = s.getValue();
            networkError = "network " + (v[0] & 0xFF) + "/" + ((v[1] & 0xFF) << 8 | v[2] & 0xFF);
        }
        return parse(text, tlvId, tlvState, networkError, settings);
    }

    static Optional<SmppReceipt> parse(String text, String tlvId, Integer tlvState, String networkError, SmsSettings.Smpp settings) {
        String id;
        if (tlvId != null && !tlvId.isBlank()) {
            id = SmppMessageIds.normalise(tlvId.replace("\0", ""), settings.submitIdFormat());
        } else {
            String textId = group(ID, text);
            if (textId == null) return Optional.empty();
            id = SmppMessageIds.normalise(textId, settings.receiptIdFormat());
        }
        String state = tlvState != null && tlvState < MESSAGE_STATES.length ? MESSAGE_STATES[tlvState] : group(STAT, text);
        state = state == null ? "UNKNOWN" : state.toUpperCase(Locale.ROOT);
        boolean delivered = DELIVERED.contains(state);
        boolean isFinal = delivered || FAILED.contains(state);
        String err = group(ERR, text);
        String error = null;
        if (!delivered) {
            StringBuilder e = new StringBuilder(state);
            if (err != null && !err.chars().allMatch(c -> c == '0')) e.append(" err:").append(err);
            if (networkError != null) e.append(' ').append(networkError);
            error = e.toString();
        }
        return Optional.of(new SmppReceipt(id, state, isFinal, delivered, error));
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
