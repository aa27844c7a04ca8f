package dev.retain.app.notify;

import dev.retain.app.notify.internal.OutboxReadModel;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A customer's messages for another module's page (the 360 view): each with its state and, when
 * held, suppressed or failed, why. The caller has already checked that its user may open the
 * customer; a secret body is never part of the answer.
 */
@Service
public class CustomerMessages {

    private final OutboxReadModel outbox;

    CustomerMessages(OutboxReadModel outbox) {
        this.outbox = outbox;
    }

    /** The newest {@code limit} messages to the customer with this (canonical) number. */
    public List<CustomerMessage> newest(String msisdn, int limit) {
        return outbox.ofCustomer(msisdn, limit);
    }
}
