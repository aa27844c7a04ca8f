package dev.retain.app.alert.internal;

import dev.retain.engine.alert.SubscriberUsage;
import dev.retain.engine.alert.SubscriberUsageCodec;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-subscriber state of the in-process path ({@code usage_state}): the engine codec's bytes,
 * the same bytes the topology keeps in its state store.
 */
@Repository
public class UsageStateStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    UsageStateStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The subscriber's state, its row locked until the caller's transaction ends, so that parallel
     * requests for one subscriber apply their events one after the other; null before the first
     * counted event. The row is made first when missing: a lock needs a row to hold.
     */
    public SubscriberUsage lock(String msisdn) {
        jdbc.sql("insert into usage_state (msisdn, state, updated_at) values (?, null, ?) on conflict (msisdn) do nothing")
                .params(msisdn, Timestamp.from(clock.instant())).update();
        // a list, not single(): a row without state yet reads as one null
        byte[] bytes = jdbc.sql("select state from usage_state where msisdn = ? for update").param(msisdn)
                .query((rs, i) -> rs.getBytes(1)).list().get(0);
        return bytes == null ? null : SubscriberUsageCodec.decode(bytes);
    }

    public void save(String msisdn, SubscriberUsage state) {
        jdbc.sql("update usage_state set state = ?, updated_at = ? where msisdn = ?")
                .params(SubscriberUsageCodec.encode(state), Timestamp.from(clock.instant()), msisdn).update();
    }
}
