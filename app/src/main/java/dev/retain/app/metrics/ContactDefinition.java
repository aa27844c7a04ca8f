package dev.retain.app.metrics;

/**
 * The one definition of a contact (docs/contact-frequency.md) as SQL, shared by the contact-frequency view and the
 * service-frequency metric: a contact staff logged (retention's {@code contact}) that reached the customer (outcome
 * not {@code unreachable}), or a marketing-or-care message (notify's {@code outbox_message}, class {@code marketing})
 * sent or delivered. Only a {@code …ReadModel} may run it: it reads other modules' tables.
 */
public final class ContactDefinition {

    private ContactDefinition() {
    }

    /**
     * Rows {@code (msisdn, at)} of every contact at or after {@code from} and before {@code until} (SQL expressions:
     * parameters such as {@code :until}, or {@code '-infinity'}); {@code customers}, when not null, a relation with a
     * {@code msisdn} column the contacts are limited to.
     */
    public static String touches(String from, String until, String customers) {
        String limit = customers == null ? "" : " and %s in (select msisdn from " + customers + ")";
        return """
                select c.msisdn, c.at from contact c
                where c.outcome <> 'unreachable' and c.at >= cast(%1$s as timestamptz) and c.at < cast(%2$s as timestamptz)%3$s
                union all
                select m.msisdn, m.sent_at from outbox_message m
                where m.msisdn is not null and m.message_class = 'marketing' and m.state in ('sent', 'delivered')
                  and m.sent_at >= cast(%1$s as timestamptz) and m.sent_at < cast(%2$s as timestamptz)%4$s"""
                .formatted(from, until, limit.formatted("c.msisdn"), limit.formatted("m.msisdn"));
    }
}
