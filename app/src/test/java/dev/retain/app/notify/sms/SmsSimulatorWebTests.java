package dev.retain.app.notify.sms;

import static dev.retain.app.notify.sms.SmsTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.TestLogins;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.ChannelSender;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.notify.sms.simulator.SimulatedMessage;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The embedded default (issue 11 point 4) in the whole application: the SMS sender the dispatcher
 * finds binds to the local SMSC simulator, a message reaches it and its receipt comes back, and
 * the simulator's page lists what it received (masked, labelled as the simulator) and sends a
 * customer's reply — for supervisors and admins only.
 */
@SpringBootTest(properties = "retain.sms.simulator.enabled=true")
@AutoConfigureMockMvc
@Import({TestLogins.class, SmsSimulatorWebTests.Reports.class})
class SmsSimulatorWebTests {

    /** The outbox's side of the contract, recorded (primary over the outbox's own once it exists). */
    @TestConfiguration
    static class Reports {
        @Bean
        @Primary
        RecordingDeliveryReports recordingDeliveryReports() {
            return new RecordingDeliveryReports();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired List<ChannelSender> senders;
    @Autowired SmscSimulator simulator;
    @Autowired RecordingDeliveryReports reports;
    @Autowired MeterRegistry meters;

    private ChannelSender sms() {
        return senders.stream().filter(s -> s.channel() == Channel.SMS).findFirst().orElseThrow();
    }

    @BeforeEach
    void bound() {
        eventually(Duration.ofSeconds(10), () -> assertThat(meters.get("retain.sms.bind.state").gauge().value()).isEqualTo(1));
    }

    @Test
    void aSecretMessageReachesTheSimulatorButItsPageNeverShowsTheText() throws Exception {
        SendOutcome outcome = sms().send(new dev.retain.app.notify.channel.Dispatch(77_001, Channel.SMS, "13812340001", null,
                "您的验证码是493817，5分钟内有效。", dev.retain.app.notify.MessageClass.SERVICE, true, 1));

        assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(simulator.messages()).anyMatch(m -> m.to().equals("8613812340001") && m.secret());
        String page = mvc.perform(get("/sms/simulator").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("493817").contains("保密消息");
    }

    @Test
    void aMessageTheDispatcherHandsOverReachesTheSimulatorAndItsReceiptComesBack() throws Exception {
        SendOutcome outcome = sms().send(SmsTestSupport.sms("13812345678", "尊敬的客户，您的积分将于月底到期。"));

        assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
        String id = ((SendOutcome.Accepted) outcome).gatewayMessageId();
        eventually(Duration.ofSeconds(5), () -> assertThat(reports.receipts).contains(new RecordingDeliveryReports.Receipt(Channel.SMS, id, true, null)));
        assertThat(simulator.messages()).anyMatch(m -> "尊敬的客户，您的积分将于月底到期。".equals(m.text()) && m.to().equals("8613812345678"));

        String page = mvc.perform(get("/sms/simulator").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"nav-sms-simulator\"").contains("短信模拟器").contains("不是运营商的短信中心").contains("138****5678").contains("尊敬的客户，您的积分将于月底到期。")
                .doesNotContain("13812345678").doesNotContain("<script>");
    }

    @Test
    void aSupervisorRepliesAsTheCustomerOfAReceivedMessageAndTheOutboxGetsItFromThatNumber() throws Exception {
        sms().send(SmsTestSupport.sms("13811112222", "Your points expire soon"));
        SimulatedMessage received = simulator.messages().stream().filter(m -> m.to().equals("8613811112222")).findFirst().orElseThrow();

        mvc.perform(post("/sms/simulator/reply").param("replyTo", String.valueOf(received.number())).param("text", "TD")
                        .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(redirectedUrl("/sms/simulator")).andExpect(flash().attribute("sent", "138****2222"));

        eventually(Duration.ofSeconds(5), () -> assertThat(reports.inbound).contains(
                new RecordingDeliveryReports.Inbound(Channel.SMS, "13811112222", "TD")));
    }

    @Test
    void anAdminRepliesFromANumberTypedIntoThePostBody() throws Exception {
        mvc.perform(post("/sms/simulator/reply").param("number", "+8613933334444").param("text", "退订")
                        .with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/sms/simulator"));
        mvc.perform(post("/sms/simulator/reply").param("number", "not a number").param("text", "TD")
                        .with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("problem", "sms.simulator.reply.badNumber"));

        eventually(Duration.ofSeconds(5), () -> assertThat(reports.inbound).contains(
                new RecordingDeliveryReports.Inbound(Channel.SMS, "13933334444", "退订")));
        String page = mvc.perform(get("/sms/simulator?lang=en").with(logins.as(TestLogins.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("SMS simulator (local SMSC)").contains("Customer&#39;s reply").contains("139****4444");
    }

    @Test
    void otherRolesAreRefusedThePageAndTheReply() throws Exception {
        assertThat(mvc.perform(get("/cycles").with(logins.as(TestLogins.ANALYST))).andReturn().getResponse().getContentAsString())
                .as("no link for a role that may not open it").doesNotContain("nav-sms-simulator");
        for (String who : List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER)) {
            mvc.perform(get("/sms/simulator").with(logins.as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/sms/simulator/reply").param("number", "13800138000").param("text", "TD").with(logins.as(who))
                    .with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(reports.inbound).noneMatch(i -> i.from().equals("13800138000"));
    }
}
