package dev.retain.app.security.internal;

import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integration clients and their API keys. A key is {@code rtk_<key id>.<secret>}: the key id finds
 * the row, the secret is 256 random bits of which only a SHA-256 is stored, so the key is shown
 * once and can never be read back. A rotation issues a new key and lets the old one work until
 * its grace period ends; a revocation refuses every key of the client at once.
 */
@Component
public class ApiClients {

    public static final String CREATED = "client_created";
    public static final String ROTATED = "client_key_rotated";
    public static final String REVOKED = "client_revoked";
    /** The longest grace a rotation may give the old key: a week covers any deployment of the other side. */
    public static final Duration MAX_GRACE = Duration.ofDays(7);

    private static final Pattern KEY = Pattern.compile("rtk_([0-9a-f]{24})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog auditLog;
    private final SecureRandom random = new SecureRandom();

    public ApiClients(JdbcClient jdbc, Clock clock, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /** One key of a client, without its secret. {@code expiresAt} is set once a newer key replaced it. */
    public record Key(String keyId, Instant createdAt, Instant expiresAt) {
    }

    public record Listed(long id, String name, Set<Scope> scopes, String createdBy, Instant createdAt, Instant revokedAt,
                         List<Key> keys) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A key just issued: the only moment its full text exists outside the caller's system. */
    public record IssuedKey(long clientId, String clientName, String key) {
    }

    /** Why a client change was refused, as a message code of the security bundle. */
    public static final class Refused extends RuntimeException {
        private final String code;

        Refused(String code, String detail) {
            super(detail);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    @Transactional
    public IssuedKey create(String name, Set<Scope> scopes, RetainUser by) {
        if (scopes.contains(Scope.COUNTER)) throw new Refused("clients.error.counter-scope", String.valueOf(name));
        return create(name, scopes, null, by);
    }

    /** A merchant's till: the counter scope only, acting for {@code merchantId} alone. */
    @Transactional
    public IssuedKey createTill(long merchantId, String name, RetainUser by) {
        return create(name, Set.of(Scope.COUNTER), merchantId, by);
    }

    /** The tills of one merchant, by name. */
    public List<Listed> tillsOf(long merchantId) {
        List<Long> ids = jdbc.sql("select id from api_client where merchant_id = ?").param(merchantId).query(Long.class).list();
        return all().stream().filter(c -> ids.contains(c.id())).toList();
    }

    private IssuedKey create(String name, Set<Scope> scopes, Long merchantId, RetainUser by) {
        String clean = name == null ? "" : name.trim();
        if (!NAME.matcher(clean).matches()) throw new Refused("clients.error.name", clean);
        if (scopes.isEmpty()) throw new Refused("clients.error.scopes", clean);
        if (jdbc.sql("select exists (select 1 from api_client where name = ?)").param(clean).query(Boolean.class).single()) {
            throw new Refused("clients.error.exists", clean);
        }
        String codes = codes(scopes);
        long id = jdbc.sql("""
                        insert into api_client (name, scopes, merchant_id, created_by, created_at)
                        values (?, string_to_array(?, ','), ?, ?, ?) returning id""")
                .params(clean, codes, merchantId, by.username(), Timestamp.from(clock.instant())).query(Long.class).single();
        IssuedKey key = issue(id, clean);
        auditLog.record(by, CREATED, "client " + clean, "scopes " + codes + "; key " + keyIdOf(key.key()));
        return key;
    }

    /** A new key; the client's older keys keep working for {@code grace} (0 = refused at once). */
    @Transactional
    public IssuedKey rotate(long clientId, Duration grace, RetainUser by) {
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) throw new Refused("clients.error.grace", grace.toString());
        Listed client = find(clientId).orElseThrow(() -> new Refused("clients.error.missing", String.valueOf(clientId)));
        if (client.revoked()) throw new Refused("clients.error.revoked", client.name());
        Instant graceEnd = clock.instant().plus(grace);
        jdbc.sql("update api_key set expires_at = ? where client_id = ? and (expires_at is null or expires_at > ?)")
                .params(Timestamp.from(graceEnd), clientId, Timestamp.from(graceEnd)).update();
        IssuedKey key = issue(clientId, client.name());
        auditLog.record(by, ROTATED, "client " + client.name(), "new key " + keyIdOf(key.key()) + "; older keys until " + graceEnd);
        return key;
    }

    @Transactional
    public void revoke(long clientId, RetainUser by) {
        Listed client = find(clientId).orElseThrow(() -> new Refused("clients.error.missing", String.valueOf(clientId)));
        if (client.revoked()) return;
        jdbc.sql("update api_client set revoked_at = ?, revoked_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), by.username(), clientId).update();
        auditLog.record(by, REVOKED, "client " + client.name(), "every key refused from now on");
    }

    /** The client a presented key belongs to, if the key is well-formed, right, not expired and the client not revoked. */
    public Optional<ApiClientAuthentication.Client> authenticate(String presented) {
        Matcher m = KEY.matcher(presented == null ? "" : presented.trim());
        if (!m.matches()) return Optional.empty();
        byte[] hash = sha256(m.group(2));
        Instant now = clock.instant();
        return jdbc.sql("""
                        select k.secret_hash, c.id, c.name, c.scopes, c.merchant_id from api_key k join api_client c on c.id = k.client_id
                        where k.key_id = ? and c.revoked_at is null and (k.expires_at is null or k.expires_at > ?)""")
                .params(m.group(1), Timestamp.from(now))
                .query((rs, i) -> MessageDigest.isEqual(rs.getBytes(1), hash)
                        ? Optional.of(new ApiClientAuthentication.Client(rs.getLong(2), rs.getString(3), scopes(rs, 4),
                                (Long) rs.getObject(5)))
                        : Optional.<ApiClientAuthentication.Client>empty())
                .optional().flatMap(o -> o);
    }

    /** The key id of a presented key (its public half, safe to log), or "malformed". */
    public static String keyIdOf(String presented) {
        Matcher m = KEY.matcher(presented == null ? "" : presented.trim());
        return m.matches() ? m.group(1) : "malformed";
    }

    public List<Listed> all() {
        Map<Long, List<Key>> keys = new LinkedHashMap<>();
        jdbc.sql("select client_id, key_id, created_at, expires_at from api_key order by created_at desc, key_id")
                .query(rs -> {
                    keys.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(key(rs));
                });
        return jdbc.sql("select id, name, scopes, created_by, created_at, revoked_at from api_client order by name")
                .query((rs, i) -> listed(rs, keys.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    public Optional<Listed> find(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    private IssuedKey issue(long clientId, String name) {
        byte[] id = new byte[12];
        byte[] secret = new byte[32];
        random.nextBytes(id);
        random.nextBytes(secret);
        String keyId = HexFormat.of().formatHex(id);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into api_key (key_id, client_id, secret_hash, created_at) values (?, ?, ?, ?)")
                .params(keyId, clientId, sha256(secretText), Timestamp.from(clock.instant())).update();
        return new IssuedKey(clientId, name, "rtk_" + keyId + "." + secretText);
    }

    private static Key key(ResultSet rs) throws SQLException {
        Timestamp expires = rs.getTimestamp(4);
        return new Key(rs.getString(2), rs.getTimestamp(3).toInstant(), expires == null ? null : expires.toInstant());
    }

    private static Listed listed(ResultSet rs, List<Key> keys) throws SQLException {
        Timestamp revoked = rs.getTimestamp(6);
        return new Listed(rs.getLong(1), rs.getString(2), scopes(rs, 3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                revoked == null ? null : revoked.toInstant(), keys);
    }

    private static Set<Scope> scopes(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        // a scope no longer known is dropped: it grants nothing
        for (Object code : (Object[]) array.getArray()) Scope.ofCode((String) code).ifPresent(scopes::add);
        return scopes;
    }

    private static String codes(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::code).collect(Collectors.joining(","));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
