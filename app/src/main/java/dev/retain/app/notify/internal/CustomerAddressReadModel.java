package dev.retain.app.notify.internal;

import dev.retain.app.notify.Channel;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * The one place that says how a customer is reached: their preferred channel (a message queued
 * without a channel) and their address on a channel. The contract has no {@code email} or
 * {@code preferred_channel} column yet (issue 11 adds them to subscribers.csv): until then every
 * customer prefers SMS and has no email address, so an email to a customer is suppressed as
 * {@link Reasons#NO_ADDRESS}. When the columns land, this class reads them from subscriber.
 */
@Repository
public class CustomerAddressReadModel {

    public Channel preferredChannel(String msisdn) {
        return Channel.SMS;
    }

    /** The address a sender needs: the canonical number for SMS; empty when the customer has none on the channel. */
    public Optional<String> address(Channel channel, String msisdn) {
        return switch (channel) {
            case SMS -> Optional.of(msisdn);
            case EMAIL, IN_APP, CALL -> Optional.empty();
        };
    }
}
