package dev.retain.app.security;

import dev.retain.app.core.BusinessTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The audit trail (R14.3): every unmasked view, every export and every sensitive change. */
@Service
public class AuditLog {

    public static final String REVEAL = "reveal_personal_data";
    public static final String EXPORT = "export";
    /** An upload of contract files (web page or API); subject {@code import <id>}, detail the files and the outcome. */
    public static final String IMPORT = "import";
    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login_failed";
    public static final String LOGIN_LOCKED = "login_locked";
    /** One call of an integration client: subject the endpoint's pattern (never the URL: it may hold personal data), detail the status. */
    public static final String API_CALL = "api_call";
    public static final String API_KEY_REFUSED = "api_key_refused";

    /** Attacker-chosen names (failed logins) are cut to this length before they are stored. */
    private static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(RetainUser user, String action, String subject, String detail) {
        recordAs(user.username(), action, subject, detail);
    }

    /**
     * For what happens before anyone is logged in (a failed login: {@code who} is the name that was
     * tried) or by an integration client ({@code client:<name>}).
     */
    public void recordAs(String who, String action, String subject, String detail) {
        String name = who == null || who.isBlank() ? "-" : who.length() > MAX_NAME ? who.substring(0, MAX_NAME) : who;
        jdbc.sql("insert into audit_log (at, username, action, subject, detail) values (?, ?, ?, ?, ?)")
                .params(java.sql.Timestamp.from(clock.instant()), name, action, subject, detail).update();
    }

    /** An upload of contract files, through the imports page or the API. */
    public void imported(RetainUser user, long importId, String files, String outcome) {
        record(user, IMPORT, "import " + importId, files + ": " + outcome);
    }

    /** Call when a page or response is about to show a customer's clear MSISDN and name. */
    public void revealed(RetainUser user, String msisdn, String where) {
        record(user, REVEAL, msisdn, where);
    }

    public void exported(RetainUser user, String what, long rows) {
        record(user, EXPORT, what, rows + " rows");
    }

    public record Entry(long id, LocalDateTime at, String username, String action, String subject, String detail) {
    }

    /** Newest first; filters are optional (null or blank = any). */
    public List<Entry> page(String username, String action, int offset, int limit) {
        return jdbc.sql("""
                        select id, at, username, action, subject, detail from audit_log
                        where (:username = '' or username = :username) and (:action = '' or action = :action)
                        order by id desc offset :offset limit :limit""")
                .param("username", username == null ? "" : username.trim())
                .param("action", action == null ? "" : action.trim())
                .param("offset", offset).param("limit", limit)
                .query((rs, i) -> new Entry(rs.getLong(1), BusinessTime.local(rs.getTimestamp(2), clock), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }
}
