package dev.retain.app.notify.sms;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.DeliveryReports;
import dev.retain.engine.sms.UserDataHeader.Concat;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the gateways receive, handed to the outbox's {@link DeliveryReports}: receipts by the
 * normalised message id, and customers' messages once whole. Throws when the outbox cannot take
 * it now (not there, or its database is down); the protocol then answers the gateway with a
 * temporary error, so the gateway delivers it again.
 */
@Component
public class SmsInbound {

    private final ObjectProvider<DeliveryReports> reports;
    private final InboundParts parts;
    private final Clock clock;

    SmsInbound(ObjectProvider<DeliveryReports> reports, InboundParts parts, Clock clock) {
        this.reports = reports;
        this.parts = parts;
        this.clock = clock;
    }

    public void receipt(String gatewayMessageId, boolean delivered, String error) {
        reports().receipt(Channel.SMS, gatewayMessageId, delivered, error, clock.instant());
    }

    /**
     * A message, or one part of one ({@code concat} present with more than one part), from {@code
     * source} as the gateway wrote it; {@code decode} turns the payload in {@code coding} into text.
     */
    public void message(String source, Concat concat, int coding, byte[] payload, Function<InboundParts.Whole, String> decode) {
        DeliveryReports to = reports();
        String from = SmsAddresses.fromGateway(source);
        if (concat == null || concat.total() <= 1) {
            to.inbound(Channel.SMS, from, decode.apply(new InboundParts.Whole(from, coding, payload)), clock.instant());
            return;
        }
        parts.accept(new InboundParts.Part(from, concat.reference(), concat.total(), concat.sequence(), coding, payload),
                whole -> to.inbound(Channel.SMS, from, decode.apply(whole), clock.instant()));
    }

    private DeliveryReports reports() {
        DeliveryReports r = reports.getIfAvailable();
        if (r == null) throw new IllegalStateException("no outbox to take delivery reports (DeliveryReports) in this application");
        return r;
    }
}
