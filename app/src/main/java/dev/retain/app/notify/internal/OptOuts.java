package dev.retain.app.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who opted out (table opt_out, keyed by the canonical number) and every change to it
 * (opt_out_change). The contact policy reads here at every send, so an opt-out holds from the
 * moment it commits, on every channel and every instance.
 */
@Repository
public class OptOuts {

    /** A customer's opt-out: how far it reaches, why, where it came from (staff, keyword:sms) and who recorded it. */
    public record OptOut(long id, String msisdn, OptOutScope scope, String reason, String source, String createdBy, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    OptOuts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OptOut> of(String msisdn) {
        return jdbc.sql("select id, msisdn, scope, reason, source, created_by, created_at from opt_out where msisdn = ?")
                .param(msisdn).query((rs, i) -> new OptOut(rs.getLong(1), rs.getString(2), OptOutScope.ofCode(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .optional();
    }

    public Optional<OptOut> byId(long id) {
        return jdbc.sql("select msisdn from opt_out where id = ?").param(id).query(String.class).optional().flatMap(this::of);
    }

    /**
     * Opts the number out, or widens a marketing opt-out to a block; false when it was already opted
     * out at least this far (a second TD changes nothing and records nothing).
     */
    public boolean add(String msisdn, OptOutScope scope, String reason, String source, String by, Instant at) {
        boolean changed = jdbc.sql("""
                        insert into opt_out (msisdn, scope, reason, source, created_by, created_at)
                        values (:msisdn, :scope, :reason, :source, :by, :at)
                        on conflict (msisdn) do update
                          set scope = excluded.scope, reason = excluded.reason, source = excluded.source,
                              created_by = excluded.created_by, created_at = excluded.created_at
                          where opt_out.scope = 'marketing' and excluded.scope = 'all'
                        returning msisdn""")
                .param("msisdn", msisdn).param("scope", scope.code()).param("reason", reason).param("source", source)
                .param("by", by).param("at", Timestamp.from(at))
                .query(String.class).optional().isPresent();
        if (changed) change(msisdn, "added", scope, reason, source, by, at);
        return changed;
    }

    /** Takes the opt-out back; false when there was none. */
    public boolean remove(String msisdn, String reason, String by, Instant at) {
        Optional<OptOutScope> removed = jdbc.sql("delete from opt_out where msisdn = ? returning scope").param(msisdn)
                .query(String.class).optional().map(OptOutScope::ofCode);
        removed.ifPresent(scope -> change(msisdn, "removed", scope, reason, "staff", by, at));
        return removed.isPresent();
    }

    private void change(String msisdn, String action, OptOutScope scope, String reason, String source, String by, Instant at) {
        jdbc.sql("insert into opt_out_change (msisdn, action, scope, reason, source, by_user, at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(msisdn, action, scope.code(), reason, source, by, Timestamp.from(at)).update();
    }
}
