package dev.retain.app.notify;

import static dev.retain.app.notify.OutboxRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.TestLogins;
import dev.retain.app.notify.internal.Dispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** The outbox's pages: filters, a message's history, the 360 view's list, in both languages, each role seeing its share. */
@NotifyTest
class OutboxPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Outbox outbox;
    @Autowired Dispatcher dispatcher;
    @Autowired MovableInstants clock;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private OutboxRows rows;
    private NotifyFixture customers;

    @BeforeEach
    void setUp() {
        rows = new OutboxRows(outbox, dispatcher, jdbc, transactions);
        customers = new NotifyFixture(jdbc);
    }

    private Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void theOutboxFiltersByStateChannelReasonAndDayAndSaysWhyAMessageWaits() throws Exception {
        customers.customer("13900070001", "PM-T1");
        clock.set(at("2027-02-10T22:00"));
        long held = rows.marketing("13900070001", Channel.SMS, "festival:lantern", "pg-held");
        long sent = rows.service("13900070001", "账单", "pg-sent");
        rows.drain();
        Document heldOnly = page("/messages?state=held&channel=sms&reason=festival&from=2027-02-10&to=2027-02-10", TestLogins.SUPERVISOR);
        assertThat(heldOnly.select("#messages tbody tr a[href='/messages/" + held + "']")).hasSize(1);
        assertThat(heldOnly.select("#messages tbody tr a[href='/messages/" + sent + "']")).isEmpty();
        String row = heldOnly.select("#messages tbody tr:has(a[href='/messages/" + held + "'])").text();
        assertThat(row).contains("139****0001", "短信", "节日祝福", "暂缓", "免打扰时段", "02-11 08:00");
        assertThat(page("/messages?state=held&from=2027-02-11", TestLogins.SUPERVISOR).select("a[href='/messages/" + held + "']"))
                .as("queued the day before").isEmpty();
        Document english = page("/messages?state=held&reason=festival&lang=en", TestLogins.SUPERVISOR);
        assertThat(english.select("#messages tbody tr:has(a[href='/messages/" + held + "'])").text())
                .contains("Festival greeting", "Held", "Quiet hours");
    }

    @Test
    void aMessagesPageShowsEveryStateItTookAndManagersOnlyTheirOwn() throws Exception {
        String key = customers.customer("13900070002", "PM-T1");
        clock.set(at("2027-02-11T10:00"));
        long id = rows.marketing("13900070002", Channel.SMS, "birthday", "pg-history");
        long merged = rows.marketing("13900070002", Channel.SMS, "points_expiry", "pg-merged");
        rows.drain();
        Document detail = page("/messages/" + id, TestLogins.PHONE);
        assertThat(detail.select("#history tbody tr")).extracting(e -> e.select("td").get(1).text())
                .containsExactly("待发送", "发送中", "已发送");
        assertThat(detail.select("#message-text").text()).contains("birthday 的消息");
        Document mergedPage = page("/messages/" + merged, TestLogins.SUPERVISOR);
        assertThat(mergedPage.select("#message-facts").text()).contains("已合并到当天的接触", "#" + id);
        mvc.perform(get("/messages/" + id).with(logins.as(TestLogins.OTHER_PHONE))).andExpect(status().isForbidden());
        assertThat(page("/messages", TestLogins.OTHER_PHONE).select("#messages td:first-child a[href='/messages/" + id + "']")).isEmpty();
        assertThat(page("/messages", TestLogins.PHONE).select("#messages td:first-child a[href='/messages/" + id + "']")).hasSize(1);
        mvc.perform(get("/messages").param("customerKey", key).with(logins.as(TestLogins.OTHER_PHONE))).andExpect(status().isForbidden());

        Document customer = page("/customers/" + key, TestLogins.PHONE);
        assertThat(customer.select("#customer-messages tbody tr")).hasSize(2);
        assertThat(customer.select("#customer-messages").text()).contains("生日祝福", "已发送", "积分到期", "已拦截", "已合并到当天的接触");
        assertThat(customer.select("#messages a[href='/messages?customerKey=" + key + "']")).hasSize(1);
    }
}
