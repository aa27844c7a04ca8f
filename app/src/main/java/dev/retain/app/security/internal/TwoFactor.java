package dev.retain.app.security.internal;

import io.nayuki.qrcodegen.QrCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The optional second factor of a login (TOTP, {@link Totp}): enrolment shows a new secret, a
 * code from the user's authenticator app confirms it, and from then on the login needs a code as
 * well as the password. Another admin can reset it (a lost phone).
 */
@Component
public class TwoFactor {

    static final String ISSUER = "Retain";
    private static final int SECRET_BYTES = 20; // 160 bits, RFC 4226's recommended length for HMAC-SHA1

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TwoFactor(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A secret being set up: what the user types or scans. */
    public record Enrolment(String username, String secret) {

        public String otpauthUri() {
            String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
            return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                    + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        }

        /** The URI as a QR code, an SVG of black squares (no script, no style: fine under the CSP). */
        public String qrSvg() {
            QrCode qr = QrCode.encodeText(otpauthUri(), QrCode.Ecc.MEDIUM);
            int border = 4;
            int size = qr.size + 2 * border;
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < qr.size; y++) {
                for (int x = 0; x < qr.size; x++) {
                    if (qr.getModule(x, y)) path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"200\" height=\"200\""
                    + " role=\"img\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                    + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
        }
    }

    public boolean enabled(String username) {
        return jdbc.sql("select totp_secret is not null from app_user where username = ?").param(username)
                .query(Boolean.class).optional().orElse(false);
    }

    /** A new secret for the user to confirm; replaces an unconfirmed one, keeps the factor in force until confirmed. */
    public Enrolment start(String username) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String encoded = Base32.encode(secret);
        jdbc.sql("update app_user set totp_pending_secret = ? where username = ?").params(encoded, username).update();
        return new Enrolment(username, encoded);
    }

    public Optional<Enrolment> pending(String username) {
        return jdbc.sql("select totp_pending_secret from app_user where username = ? and totp_pending_secret is not null")
                .param(username).query(String.class).optional().map(s -> new Enrolment(username, s));
    }

    /** A right code for the pending secret makes it the login's second factor; false for a wrong code. */
    public boolean confirm(String username, String code) {
        Optional<Enrolment> pending = pending(username);
        if (pending.isEmpty()) return false;
        OptionalLong step = Totp.matchingStep(Base32.decode(pending.get().secret()), code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) return false;
        return jdbc.sql("""
                        update app_user set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_last_step = ?
                        where username = ? and totp_pending_secret = ?""")
                .params(step.getAsLong(), username, pending.get().secret()).update() == 1;
    }

    /**
     * Whether {@code code} is the user's current code and has not been used yet; a right code is
     * used up at once (also on another instance: the update only succeeds once per step).
     */
    public boolean verify(String username, String code) {
        record Stored(String secret, long lastStep) {
        }
        Optional<Stored> stored = jdbc.sql("select totp_secret, coalesce(totp_last_step, -1) from app_user where username = ? and totp_secret is not null")
                .param(username).query((rs, i) -> new Stored(rs.getString(1), rs.getLong(2))).optional();
        if (stored.isEmpty()) return false;
        OptionalLong step = Totp.matchingStep(Base32.decode(stored.get().secret()), code, clock.instant(), stored.get().lastStep());
        if (step.isEmpty()) return false;
        return jdbc.sql("update app_user set totp_last_step = ? where username = ? and coalesce(totp_last_step, -1) < ?")
                .params(step.getAsLong(), username, step.getAsLong()).update() == 1;
    }

    /** Removes the factor and any unconfirmed secret: the next login needs the password only. */
    public void reset(String username) {
        jdbc.sql("update app_user set totp_secret = null, totp_pending_secret = null, totp_last_step = null where username = ?")
                .param(username).update();
    }
}
