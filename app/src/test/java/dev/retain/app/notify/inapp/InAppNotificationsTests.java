package dev.retain.app.notify.inapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** In-app notifications for staff: stored once per message, counted by the bell, listed and marked read by their owner only. */
@RetainWebTest
class InAppNotificationsTests {

    private static final String ME = "inapp-pm";
    private static final String OTHER = "inapp-other";

    @Autowired InAppSender sender;
    @Autowired StaffNotifications notifications;
    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void twoLoginsWithNothingYet() {
        users.createOrReplace(ME, TestLogins.PASSWORD, "通知测试经理", Role.PHONE_MANAGER, "PM-INAPP");
        users.createOrReplace(OTHER, TestLogins.PASSWORD, "通知测试主管", Role.SUPERVISOR, null);
        jdbc.sql("delete from staff_notification where username in (?, ?)").params(ME, OTHER).update();
    }

    private static Dispatch toStaff(long messageId, String username, String body) {
        return new Dispatch(messageId, Channel.IN_APP, username, "客户联系提醒", body, MessageClass.SERVICE, false, 1);
    }

    @Test
    void aSendStoresTheNotificationOnceWhateverTheRetries() {
        SendOutcome first = sender.send(toStaff(900_001, ME, "您有12位客户已超过60天未联系。"));
        SendOutcome again = sender.send(toStaff(900_001, ME, "您有12位客户已超过60天未联系。"));
        assertThat(first).isInstanceOfSatisfying(SendOutcome.Accepted.class, a -> assertThat(a.segments()).isEqualTo(1));
        assertThat(again).isEqualTo(first);
        assertThat(notifications.unreadCount(ME)).isEqualTo(1);
        assertThat(sender.send(toStaff(900_002, "nobody-here", "x")))
                .isEqualTo(new SendOutcome.Failed("no login named 'nobody-here'"));
    }

    @Test
    void theBellCountsTheUnreadAndThePageListsThemNewestFirst() throws Exception {
        sender.send(toStaff(900_011, ME, "第一条"));
        sender.send(toStaff(900_012, ME, "第二条"));
        sender.send(toStaff(900_013, OTHER, "别人的"));
        String bell = mvc.perform(get("/notifications/bell").with(logins.as(ME))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(bell).contains("id=\"bell-count\">2<").contains("hx-trigger=\"every 60s\"");
        String page = mvc.perform(get("/notifications").with(logins.as(ME))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2 条未读").doesNotContain("别人的");
        assertThat(page.indexOf("第二条")).as("newest first").isLessThan(page.indexOf("第一条"));
        String tasks = mvc.perform(get("/tasks").with(logins.as(ME))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tasks).as("the bell in the header asks for its count once the page is there")
                .contains("id=\"bell\"").contains("hx-get=\"/notifications/bell\"").contains("hx-trigger=\"load\"");
    }

    @Test
    void onlyTheOwnerMarksANotificationRead() throws Exception {
        sender.send(toStaff(900_021, ME, "请回访"));
        long id = jdbc.sql("select id from staff_notification where message_id = 900021").query(Long.class).single();
        mvc.perform(post("/notifications/" + id + "/read").with(csrf()).with(logins.as(OTHER))).andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(ME)).isEqualTo(1);
        mvc.perform(post("/notifications/" + id + "/read").with(csrf()).with(logins.as(ME))).andExpect(status().is3xxRedirection());
        assertThat(notifications.unreadCount(ME)).isZero();

        sender.send(toStaff(900_022, ME, "一"));
        sender.send(toStaff(900_023, ME, "二"));
        sender.send(toStaff(900_024, OTHER, "三"));
        mvc.perform(post("/notifications/read-all").with(csrf()).with(logins.as(ME))).andExpect(status().is3xxRedirection());
        assertThat(notifications.unreadCount(ME)).isZero();
        assertThat(notifications.unreadCount(OTHER)).as("another's stay unread").isEqualTo(1);
    }

    @Test
    void withoutALoginThereIsNoBellAndNoList() throws Exception {
        mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/notifications/bell")).andExpect(status().is3xxRedirection());
    }
}
