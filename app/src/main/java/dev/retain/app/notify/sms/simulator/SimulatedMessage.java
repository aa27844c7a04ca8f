package dev.retain.app.notify.sms.simulator;

import java.time.Instant;

/**
 * A message the simulator took: {@code number} its own counter (what the page's reply form
 * names, never the phone number); {@code to} the customer's number as submitted; the text decoded
 * and, for a long one, joined from its segments. {@code fromCustomer}: sent by a demo user as the
 * customer's reply (mobile originated), not by the application. {@code text} null: a secret
 * message (a one-time code), whose text the simulator did not keep.
 */
public record SimulatedMessage(long number, Instant at, String from, String to, String text, String encoding, int segments,
                               boolean fromCustomer) {

    SimulatedMessage withoutText() {
        return new SimulatedMessage(number, at, from, to, null, encoding, segments, fromCustomer);
    }

    public boolean secret() {
        return text == null;
    }
}
