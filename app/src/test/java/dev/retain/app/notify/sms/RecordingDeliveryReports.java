package dev.retain.app.notify.sms;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.DeliveryReports;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The outbox's side of the senders' contract, as a test sees it: every receipt and message, and a way to refuse the next few. */
final class RecordingDeliveryReports implements DeliveryReports {

    record Receipt(Channel channel, String id, boolean delivered, String error) {
    }

    record Inbound(Channel channel, String from, String text) {
    }

    final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    final List<Inbound> inbound = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuse = new AtomicInteger();

    /** The next {@code n} calls throw, as an outbox whose database is down would. */
    RecordingDeliveryReports refuseNext(int n) {
        refuse.set(n);
        return this;
    }

    @Override
    public void receipt(Channel channel, String gatewayMessageId, boolean delivered, String error, Instant at) {
        refuseIfAsked();
        receipts.add(new Receipt(channel, gatewayMessageId, delivered, error));
    }

    @Override
    public void inbound(Channel channel, String fromMsisdn, String text, Instant at) {
        refuseIfAsked();
        inbound.add(new Inbound(channel, fromMsisdn, text));
    }

    private void refuseIfAsked() {
        if (refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) throw new IllegalStateException("the outbox is down (test)");
    }

    ObjectProvider<DeliveryReports> provider() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("reports", this);
        return beans.getBeanProvider(DeliveryReports.class);
    }
}
