package dev.retain.app.notify.sms;

import dev.retain.app.security.PersonalData;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reassembly of concatenated messages from customers. The parts are kept in PostgreSQL, not in
 * memory, because each instance holds its own bind and a gateway hands the parts of one message
 * to whichever bind it likes. A part and the check for the whole run under a transaction lock on
 * the message's key, so two instances receiving the last two parts at once still see each other's.
 */
@Component
public class InboundParts {

    private static final Logger log = LoggerFactory.getLogger(InboundParts.class);

    /** Part {@code sequence} of {@code total} of the message {@code reference} from {@code source}; {@code coding}: the gateway's code for its alphabet. */
    public record Part(String source, int reference, int total, int sequence, int coding, byte[] payload) {
    }

    /** A whole message: its parts' payloads joined in order, to be decoded as one (a character may straddle two parts). */
    public record Whole(String source, int coding, byte[] payload) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    InboundParts(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Keeps {@code part} (a part received twice is kept once); when it completes its message, the
     * parts are removed and {@code whole} runs in the same transaction — if it throws, the parts
     * stay, and the gateway's next delivery of a part completes the message again.
     */
    public void accept(Part part, Consumer<Whole> whole) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
                    .param("key", "sms-inbound:" + part.source() + ':' + part.reference() + ':' + part.total())
                    .query((rs, n) -> 1).list();
            jdbc.sql("""
                            insert into sms_inbound_part (source, reference, total, sequence, coding, payload, received_at)
                            values (:source, :reference, :total, :sequence, :coding, :payload, :at) on conflict do nothing""")
                    .param("source", part.source()).param("reference", part.reference()).param("total", part.total())
                    .param("sequence", part.sequence()).param("coding", part.coding()).param("payload", part.payload())
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
            List<Stored> parts = jdbc.sql("""
                            select sequence, coding, payload from sms_inbound_part
                            where source = :source and reference = :reference and total = :total order by sequence""")
                    .param("source", part.source()).param("reference", part.reference()).param("total", part.total())
                    .query((rs, n) -> new Stored(rs.getInt(1), rs.getInt(2), rs.getBytes(3))).list();
            if (parts.size() < part.total()) return;
            jdbc.sql("delete from sms_inbound_part where source = :source and reference = :reference and total = :total")
                    .param("source", part.source()).param("reference", part.reference()).param("total", part.total())
                    .update();
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            for (Stored s : parts) joined.writeBytes(s.payload());
            whole.accept(new Whole(part.source(), parts.get(0).coding(), joined.toByteArray()));
        });
    }

    private record Stored(int sequence, int coding, byte[] payload) {
    }

    /** Drops the parts of messages whose first part came over {@code timeout} ago and that never completed; one log line each. */
    public int dropIncomplete(Duration timeout) {
        Instant cutoff = clock.instant().minus(timeout);
        List<Dropped> dropped = ownTransaction.execute(status -> jdbc.sql("""
                        delete from sms_inbound_part p using (
                            select source, reference, total from sms_inbound_part group by source, reference, total
                            having min(received_at) < :cutoff) old
                        where p.source = old.source and p.reference = old.reference and p.total = old.total
                        returning p.source, p.reference, p.total, p.received_at""")
                .param("cutoff", java.sql.Timestamp.from(cutoff))
                .query((rs, n) -> new Dropped(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getTimestamp(4).toInstant())).list());
        Map<String, int[]> byMessage = new LinkedHashMap<>();
        for (Dropped d : dropped) {
            byMessage.computeIfAbsent(PersonalData.maskMsisdn(d.source()) + " (reference " + d.reference() + ")", k -> new int[] {0, d.total()})[0]++;
        }
        byMessage.forEach((message, counts) -> log.warn("dropped an incomplete SMS from {}: {} of {} parts arrived within {}",
                message, counts[0], counts[1], timeout));
        return byMessage.size();
    }

    private record Dropped(String source, int reference, int total, Instant receivedAt) {
    }
}
