package dev.retain.app.notify.template;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates table and its history: a save is checked ({@link TemplateCheck}), written as
 * the next version (refused when someone saved in between, so no edit is silently lost), kept
 * whole in {@code message_template_version} and recorded in the audit log.
 */
@Component
public class MessageTemplateStore {

    /** Audit action of a template save; subject {@code template <code>}, detail the version. */
    public static final String TEMPLATE_SAVED = "template_saved";

    private static final String COLUMNS = "code, message_class, channels, variables, subject_zh, body_zh, subject_en, body_en, ";

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    MessageTemplateStore(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Optional<MessageTemplate> find(String code) {
        return jdbc.sql("select " + COLUMNS + "version, updated_at, updated_by from message_template where code = ?").param(code)
                .query(MessageTemplateStore::template).optional();
    }

    public List<MessageTemplate> all() {
        return jdbc.sql("select " + COLUMNS + "version, updated_at, updated_by from message_template order by code")
                .query(MessageTemplateStore::template).list();
    }

    /** Every saved version of a template, newest first. */
    public List<MessageTemplate> history(String code) {
        return jdbc.sql("select " + COLUMNS + "version, saved_at, saved_by from message_template_version where code = ? order by version desc")
                .param(code).query(MessageTemplateStore::template).list();
    }

    /** A new template; refused with its problems, or when the code is taken. */
    @Transactional
    public MessageTemplate create(TemplateDraft draft, RetainUser by) {
        check(draft);
        if (find(draft.code()).isPresent()) {
            throw new TemplateRefusedException(List.of(new TemplateProblem("code", "codeTaken", List.of(draft.code()),
                    "a template with the code " + draft.code() + " exists")));
        }
        jdbc.sql("insert into message_template (" + COLUMNS + "version, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
                .params(values(draft, by)).update();
        return saved(draft.code(), 1, by);
    }

    /**
     * The next version of a template. {@code expectedVersion} is the version the admin edited:
     * when another save came first, this one is refused and the admin sees the newer text.
     */
    @Transactional
    public MessageTemplate update(String code, int expectedVersion, TemplateDraft draft, RetainUser by) {
        TemplateDraft d = new TemplateDraft(code, draft.messageClass(), draft.channels(), draft.variables(), draft.subjectZh(),
                draft.bodyZh(), draft.subjectEn(), draft.bodyEn());
        check(d);
        Object[] v = values(d, by);
        int updated = jdbc.sql("""
                        update message_template set message_class = ?, channels = ?, variables = ?, subject_zh = ?, body_zh = ?,
                          subject_en = ?, body_en = ?, version = version + 1, updated_at = ?, updated_by = ?
                        where code = ? and version = ?""")
                .params(v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], code, expectedVersion).update();
        if (updated == 0) {
            if (find(code).isEmpty()) throw new UnknownTemplateException(code);
            throw new TemplateRefusedException(List.of(new TemplateProblem("version", "changedMeanwhile", List.of(),
                    "someone saved this template after you opened it: reload it and make your change again")));
        }
        return saved(code, expectedVersion + 1, by);
    }

    private MessageTemplate saved(String code, int version, RetainUser by) {
        jdbc.sql("insert into message_template_version (" + COLUMNS + "version, saved_at, saved_by) select " + COLUMNS
                        + "version, updated_at, updated_by from message_template where code = ?")
                .param(code).update();
        auditLog.record(by, TEMPLATE_SAVED, "template " + code, "version " + version);
        return find(code).orElseThrow();
    }

    private static void check(TemplateDraft d) {
        List<TemplateProblem> problems = TemplateCheck.problems(d);
        if (!problems.isEmpty()) throw new TemplateRefusedException(problems);
    }

    private Object[] values(TemplateDraft d, RetainUser by) {
        return new Object[] {d.code(), d.messageClass().name().toLowerCase(Locale.ROOT),
                d.channels().stream().map(Channel::code).toArray(String[]::new), d.variables().toArray(String[]::new),
                d.subjectZh(), d.bodyZh(), d.subjectEn(), d.bodyEn(), Timestamp.from(clock.instant()), by.username()};
    }

    private static MessageTemplate template(ResultSet rs, int row) throws SQLException {
        return new MessageTemplate(rs.getString(1), MessageClass.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                strings(rs.getArray(3)).stream().map(c -> Channel.valueOf(c.toUpperCase(Locale.ROOT))).toList(),
                strings(rs.getArray(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                rs.getTimestamp(10).toInstant(), rs.getString(11));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
