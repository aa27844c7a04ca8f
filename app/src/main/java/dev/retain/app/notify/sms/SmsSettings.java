package dev.retain.app.notify.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS gateway (issue 11 points 2–4), as Spring properties so that {@code RETAIN_SMS_SMPP_HOST}
 * and the like work from the environment. {@code gateway} picks the protocol; a gateway whose
 * host is blank is not configured: then {@code retain demo} (which sets {@code simulator.enabled})
 * starts the local SMSC simulator and binds to it, and {@code serve} sends no SMS (the messages
 * wait in the outbox, the bind-state gauge reads -1 and the start logs why). {@code
 * inboundPartsTimeout}: how long the parts of a concatenated message from a customer wait for
 * the rest before they are dropped.
 */
@ConfigurationProperties("retain.sms")
public record SmsSettings(@DefaultValue("smpp") Gateway gateway, @DefaultValue Smpp smpp, @DefaultValue Cmpp cmpp,
                          @DefaultValue Simulator simulator, @DefaultValue("10m") Duration inboundPartsTimeout) {

    public enum Gateway { SMPP, CMPP }

    /**
     * SMPP 3.4 (a transceiver bind). {@code maxPerSecond}: the gateway's rate in submit_sm PDUs
     * (one per segment), shared by every instance of the application. The two id formats say how
     * this SMSC writes message ids in submit_sm_resp and in the text of its delivery receipts
     * ({@code text}: as given, compared without case or leading zeros; {@code hex} or {@code
     * decimal}: a number in that base), so that both normalise to the same id.
     */
    public record Smpp(String host, @DefaultValue("2775") int port, String systemId, String password, String systemType,
                       @DefaultValue("10690000") String sourceAddress, @DefaultValue("50") double maxPerSecond,
                       @DefaultValue("30s") Duration enquireLinkInterval, @DefaultValue("10s") Duration responseTimeout,
                       @DefaultValue("1s") Duration reconnectDelay, @DefaultValue("60s") Duration reconnectDelayMax,
                       @DefaultValue("text") IdFormat submitIdFormat, @DefaultValue("text") IdFormat receiptIdFormat) {

        public Smpp {
            if (maxPerSecond <= 0) throw new IllegalArgumentException("retain.sms.smpp.max-per-second must be above 0, was " + maxPerSecond);
            // the widths SMPP 3.4 gives these fields (§5.2), so a setting too long fails at start, not at every bind
            atMost("retain.sms.smpp.system-id", systemId, 15);
            atMost("retain.sms.smpp.password", password, 8);
            atMost("retain.sms.smpp.system-type", systemType, 12);
            atMost("retain.sms.smpp.source-address", sourceAddress, 20);
        }

        public boolean configured() {
            return host != null && !host.isBlank();
        }

        /** The same settings pointed at another host and port (the local simulator). */
        public Smpp at(String otherHost, int otherPort, String otherSystemId, String otherPassword) {
            return new Smpp(otherHost, otherPort, otherSystemId, otherPassword, systemType, sourceAddress, maxPerSecond,
                    enquireLinkInterval, responseTimeout, reconnectDelay, reconnectDelayMax, submitIdFormat, receiptIdFormat);
        }
    }

    public enum IdFormat { TEXT, HEX, DECIMAL }

    /**
     * CMPP 3.0 or 2.0 to a China Mobile ISMG. {@code spId}: the six-character Source_Addr of the
     * connect; {@code sourceAddress}: Src_Id, the number customers see and reply to; {@code
     * window}: submits awaiting their response at once.
     */
    public record Cmpp(String host, @DefaultValue("7890") int port, String spId, String sharedSecret,
                       @DefaultValue("3.0") String version, String serviceId, @DefaultValue("10690000") String sourceAddress,
                       @DefaultValue("50") double maxPerSecond, @DefaultValue("16") int window,
                       @DefaultValue("30s") Duration activeTestInterval, @DefaultValue("10s") Duration responseTimeout,
                       @DefaultValue("1s") Duration reconnectDelay, @DefaultValue("60s") Duration reconnectDelayMax) {

        public Cmpp {
            if (maxPerSecond <= 0) throw new IllegalArgumentException("retain.sms.cmpp.max-per-second must be above 0, was " + maxPerSecond);
            if (window < 1) throw new IllegalArgumentException("retain.sms.cmpp.window must be at least 1, was " + window);
            // the widths of CMPP 3.0's fields (§7.4)
            atMost("retain.sms.cmpp.sp-id", spId, 6);
            atMost("retain.sms.cmpp.service-id", serviceId, 10);
            atMost("retain.sms.cmpp.source-address", sourceAddress, 21);
            if (!version.strip().matches("3\\.0|2\\.0|30|20|3|2")) {
                throw new IllegalArgumentException("retain.sms.cmpp.version must be 3.0 or 2.0, was '" + version + "'");
            }
        }

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    private static void atMost(String name, String value, int length) {
        if (value != null && value.length() > length) {
            throw new IllegalArgumentException(name + " may have at most " + length + " characters, '" + value + "' has " + value.length());
        }
    }

    /** The local SMSC simulator of {@code retain demo}: started only when no gateway is configured. */
    public record Simulator(@DefaultValue("false") boolean enabled, @DefaultValue("2s") Duration receiptDelay) {
    }

    /** Whether the chosen gateway has a host: the one case where SMS go out without the simulator. */
    public boolean gatewayConfigured() {
        return gateway == Gateway.CMPP ? cmpp.configured() : smpp.configured();
    }

    /** The simulator runs when asked for (retain demo) and no gateway is configured. */
    public boolean simulatorRuns() {
        return simulator.enabled() && !gatewayConfigured();
    }
}
