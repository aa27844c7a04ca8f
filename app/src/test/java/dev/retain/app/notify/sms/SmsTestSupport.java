package dev.retain.app.notify.sms;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.channel.Dispatch;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Settings and dispatches for the gateway tests. */
final class SmsTestSupport {

    private static final AtomicLong MESSAGE_IDS = new AtomicLong(1);

    private SmsTestSupport() {
    }

    /** SMPP to a test SMSC: quick timeouts and reconnects so the fault tests take seconds. */
    static SmsSettings.Smpp smpp(int port, double perSecond, Duration responseTimeout, SmsSettings.IdFormat submitIds,
                                 SmsSettings.IdFormat receiptIds) {
        return new SmsSettings.Smpp("127.0.0.1", port, "retain-" + port, "secret", "", "10690000", perSecond, Duration.ofSeconds(30),
                responseTimeout, Duration.ofMillis(100), Duration.ofMillis(400), submitIds, receiptIds);
    }

    static SmsSettings.Smpp smpp(int port) {
        return smpp(port, 500, Duration.ofSeconds(2), SmsSettings.IdFormat.TEXT, SmsSettings.IdFormat.TEXT);
    }

    static Dispatch sms(String to, String body) {
        return new Dispatch(MESSAGE_IDS.incrementAndGet(), Channel.SMS, to, null, body, MessageClass.SERVICE, false, 1);
    }

    /** Waits up to {@code limit} for {@code check} to pass; its last failure when it never does. */
    static void eventually(Duration limit, Runnable check) {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > end) throw e;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
