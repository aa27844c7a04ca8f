package dev.retain.app.notify.internal;

import dev.retain.app.customer.ContactDetails;
import dev.retain.app.notify.Channel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one place that says how a customer is reached: their preferred channel (a message queued
 * without a channel, SPEC R6.3) and their address on a channel, from the customer module's
 * {@link ContactDetails} (subscribers.csv's email and preferred_channel). A customer who prefers a
 * call from their manager gets messages by SMS: a call is a task, never a message.
 */
@Component
public class CustomerAddresses {

    private final ContactDetails contacts;

    CustomerAddresses(ContactDetails contacts) {
        this.contacts = contacts;
    }

    public Channel preferredChannel(String msisdn) {
        return contacts.of(msisdn).map(c -> switch (c.preferredChannel()) {
            case EMAIL -> c.hasEmail() ? Channel.EMAIL : Channel.SMS;
            case SMS, CALL -> Channel.SMS;
        }).orElse(Channel.SMS);
    }

    /** The address a sender needs: the canonical number for SMS, the email address; empty when the customer has none on the channel. */
    public Optional<String> address(Channel channel, String msisdn) {
        return switch (channel) {
            case SMS -> Optional.of(msisdn);
            case EMAIL -> contacts.of(msisdn).map(ContactDetails.Contact::email);
            case IN_APP, CALL -> Optional.empty();
        };
    }
}
