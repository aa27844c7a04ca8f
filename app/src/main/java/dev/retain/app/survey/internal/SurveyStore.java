package dev.retain.app.survey.internal;

import dev.retain.app.core.locks.TransactionLocks;
import dev.retain.app.survey.Dimension;
import dev.retain.app.survey.SurveyAnswers;
import dev.retain.app.survey.SurveyTemplate;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The survey module's tables: templates, samples, sends (tokens by their SHA-256 only), responses and answers. */
@Component
public class SurveyStore {

    /** A send as stored: whose, which template, until when, whether answered, the score a complaint carried over. */
    public record Send(long id, String templateCode, String msisdn, Instant expiresAt, Instant answeredAt, Integer carriedSatisfaction) {
    }

    private final JdbcClient jdbc;
    private final TransactionLocks locks;

    SurveyStore(JdbcClient jdbc, TransactionLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    public Optional<SurveyTemplate> template(String code) {
        var head = jdbc.sql("select code, name_zh, name_en, scale_max from survey_template where code = ?").param(code)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)}).optional();
        if (head.isEmpty()) return Optional.empty();
        List<SurveyTemplate.Item> items = jdbc.sql("""
                        select position, kind, dimension, text_zh, text_en from survey_item where template_code = ? order by position""")
                .param(code).query((rs, i) -> new SurveyTemplate.Item(rs.getInt(1), rs.getString(2),
                        rs.getString(3) == null ? null : Dimension.ofCode(rs.getString(3)), rs.getString(4), rs.getString(5))).list();
        Object[] h = head.get();
        return Optional.of(new SurveyTemplate((String) h[0], (String) h[1], (String) h[2], (Integer) h[3], items));
    }

    /** Takes the customer's turn (one send or answer at a time per customer) and says whether they were asked since. */
    public boolean lockAndAskedSince(String msisdn, Instant since) {
        locks.hold("survey:" + msisdn);
        return jdbc.sql("""
                        select exists (select 1 from survey_send where msisdn = ? and sent_at >= ?)
                            or exists (select 1 from survey_response where msisdn = ? and answered_at >= ?)""")
                .params(msisdn, Timestamp.from(since), msisdn, Timestamp.from(since)).query(Boolean.class).single();
    }

    public boolean complaintSurveyed(long complaintId) {
        return jdbc.sql("select exists (select 1 from survey_send where complaint_id = ?)").param(complaintId).query(Boolean.class).single();
    }

    public boolean workOrderSurveyed(long workOrderId) {
        return jdbc.sql("select exists (select 1 from survey_send where work_order_id = ?)").param(workOrderId).query(Boolean.class).single();
    }

    public long insertSample(String template, String region, String branch, int share, int windowDays, String by, Instant at) {
        return jdbc.sql("""
                        insert into survey_sample (template_code, region, branch, share_percent, window_days, drawn_count, drawn_by, drawn_at)
                        values (?, ?, ?, ?, ?, 0, ?, ?) returning id""")
                .params(template, region, branch, share, windowDays, by, Timestamp.from(at)).query(Long.class).single();
    }

    public void sampleDrawn(long sampleId, int count) {
        jdbc.sql("update survey_sample set drawn_count = ? where id = ?").params(count, sampleId).update();
    }

    public long insertSend(String template, String msisdn, String trigger, Long sampleId, Long complaintId, Long workOrderId, Integer carried,
                           String tokenHash, String by, Instant at, Instant expires) {
        return jdbc.sql("""
                        insert into survey_send (template_code, msisdn, channel, trigger, sample_id, complaint_id, work_order_id,
                                                 carried_satisfaction, token_hash, sent_by, sent_at, expires_at)
                        values (?, ?, 'sms_link', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(template, msisdn, trigger, sampleId, complaintId, workOrderId, carried, tokenHash, by, Timestamp.from(at),
                        Timestamp.from(expires))
                .query(Long.class).single();
    }

    public void messageSent(long sendId, long messageId) {
        jdbc.sql("update survey_send set message_id = ? where id = ?").params(messageId, sendId).update();
    }

    public Optional<Send> byHash(String tokenHash) {
        return jdbc.sql("select id, template_code, msisdn, expires_at, answered_at, carried_satisfaction from survey_send where token_hash = ?")
                .param(tokenHash).query((rs, i) -> new Send(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getObject(6, Integer.class))).optional();
    }

    /** The send behind a token's hash, locked: two submissions of one link take turns, the second sees it answered. */
    public Optional<Send> byHashLocked(String tokenHash) {
        return jdbc.sql("""
                        select id, template_code, msisdn, expires_at, answered_at, carried_satisfaction from survey_send
                        where token_hash = ? for update""")
                .param(tokenHash).query((rs, i) -> new Send(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getObject(6, Integer.class))).optional();
    }

    public long insertResponse(Long sendId, String template, String msisdn, String channel, Instant at, String recordedBy,
                               Integer carried, SurveyAnswers answers) {
        long id = jdbc.sql("""
                        insert into survey_response (send_id, template_code, msisdn, channel, answered_at, recorded_by, nps, knows_manager,
                                                     carried_satisfaction)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(sendId, template, msisdn, channel, Timestamp.from(at), recordedBy, answers.nps(), answers.knowsManager(), carried)
                .query(Long.class).single();
        for (Dimension d : Dimension.ALL) {
            jdbc.sql("insert into survey_answer (response_id, dimension, expectation, perception) values (?, ?, ?, ?)")
                    .params(id, d.code(), answers.expectation().get(d), answers.perception().get(d)).update();
        }
        if (sendId != null) jdbc.sql("update survey_send set answered_at = ? where id = ?").params(Timestamp.from(at), sendId).update();
        return id;
    }
}
