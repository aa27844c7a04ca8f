package dev.retain.app;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.notify.channel.DeliveryReports;
import dev.retain.app.notify.internal.OptOutAdministration;
import dev.retain.app.notify.internal.OptOutScope;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox messages and opt-outs as a province has them, for the tests that read every page: for a
 * few customers of each given manager, greetings and reminders (marketing, email without an
 * address, a secret one-time code), an opt-out by staff and one by a reply; and a failed message
 * whose gateway error names a phone number (as a gateway might write it). Once per manager and database.
 */
final class PlantedMessages {

    private PlantedMessages() {
    }

    static void plantOnce(JdbcClient jdbc, Outbox outbox, OptOutAdministration optOuts, DeliveryReports reports,
                          PlatformTransactionManager transactions, List<String> managerIds) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        RetainUser supervisor = new RetainUser("planted-supervisor", "巡检主管", Role.SUPERVISOR, null);
        for (String manager : managerIds) {
            if (jdbc.sql("select count(*) from outbox_message where idempotency_key like ?").param("planted-" + manager + "-%")
                    .query(Long.class).single() > 0) continue;
            int n = 0;
            List<String> customers = jdbc.sql("select msisdn from assignment where manager_id = ? order by msisdn limit 3")
                    .param(manager).query(String.class).list();
            for (String msisdn : customers) {
                int i = n++;
                tx.executeWithoutResult(status -> {
                    outbox.queue(new OutboundMessage(msisdn, null, Channel.SMS, MessageClass.MARKETING, null, null,
                            "【移动保有】尊敬的客户，祝您中秋快乐，阖家团圆！本月起流量包享八折优惠，详询客户经理。回T退订", "festival:mid_autumn",
                            "planted-" + manager + "-festival-" + i, false));
                    outbox.queue(new OutboundMessage(msisdn, null, Channel.SMS, MessageClass.MARKETING, null, null,
                            "【移动保有】您的积分将于月底清零，请尽快兑换。回T退订", "points_expiry", "planted-" + manager + "-points-" + i, false));
                    outbox.queue(new OutboundMessage(msisdn, null, Channel.EMAIL, MessageClass.MARKETING, null, null,
                            "合约到期提醒", "contract_expiry", "planted-" + manager + "-email-" + i, false));
                    outbox.queue(new OutboundMessage(msisdn, null, Channel.SMS, MessageClass.SERVICE, null, null,
                            "您的验证码是 246810，5分钟内有效。", "one_time_code", "planted-" + manager + "-code-" + i, true));
                    outbox.queue(new OutboundMessage(msisdn, null, Channel.SMS, MessageClass.MARKETING, null, null,
                            "由其他系统发来的消息", "crm_campaign_2031", "planted-" + manager + "-other-" + i, false));
                });
                if (i == 0) optOuts.add(supervisor, msisdn, OptOutScope.MARKETING, "客户来电要求停止推送（原号码 " + msisdn + "）");
                if (i == 1) reports.inbound(Channel.SMS, msisdn, "退订", Instant.now());
            }
        }
        if (jdbc.sql("select count(*) from outbox_message where idempotency_key = 'planted-failed'").query(Long.class).single() > 0) return;
        long failed = jdbc.sql("""
                        insert into outbox_message (idempotency_key, msisdn, channel, message_class, body, reason, state, state_reason, attempts,
                          queued_by, queued_at, sending_since, handed_at, done_at, updated_at)
                        values ('planted-failed', '13912345678', 'sms', 'service', '您的话费余额不足 10 元', 'low_balance', 'failed',
                          'invalid destination 13912345678', 1, 'planted', now(), now(), now(), now(), now())
                        returning id""").query(Long.class).single();
        jdbc.sql("""
                        insert into outbox_history (message_id, state, reason, attempt, at) values
                        (?, 'queued', null, 0, now()), (?, 'sending', null, 1, now()), (?, 'failed', 'invalid destination +8613912345678', 1, now())""")
                .params(failed, failed, failed).update();
    }
}
