package dev.retain.app.notify.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The email sender against real SMTP servers on 127.0.0.1: GreenMail receives what it sends;
 * a scripted server answers with the replies GreenMail never gives (4xx, 5xx); a closed port
 * refuses; a silent server times out.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmailSenderTests {

    private static final int GREENMAIL_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(GREENMAIL_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final MailSettings SETTINGS = new MailSettings("care@zj.example.com", "中国移动浙江公司");

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmailSender senderTo(int port, int timeoutMillis) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        mail.setDefaultEncoding("UTF-8");
        Properties p = new Properties();
        p.setProperty("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
        p.setProperty("mail.smtp.timeout", Integer.toString(timeoutMillis));
        p.setProperty("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
        mail.setJavaMailProperties(p);
        return new EmailSender(new StaticListableBeanFactory(Map.of("mail", mail)).getBeanProvider(JavaMailSender.class), SETTINGS);
    }

    private static Dispatch email(long id, String to, String subject, String body) {
        return new Dispatch(id, Channel.EMAIL, to, subject, body, MessageClass.MARKETING, false, 1);
    }

    @Test
    void aChineseEmailArrivesInUtf8FromTheConfiguredSenderWithTheOutboxMessageId() throws Exception {
        SendOutcome outcome = senderTo(GREENMAIL_PORT, 5000)
                .send(email(42, "wangxm@163.com", "生日快乐 · 浙江移动", "王先生：祝您生日快乐！您的专属客户经理 李娜 敬上。"));

        assertThat(outcome).isEqualTo(new SendOutcome.Accepted("<retain-outbox-42@zj.example.com>", 1));
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        assertThat(m.getSubject()).isEqualTo("生日快乐 · 浙江移动");
        assertThat(m.getHeader("Subject")[0]).as("encoded on the wire").startsWith("=?UTF-8?");
        assertThat(m.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) m.getContent()).isEqualTo("王先生：祝您生日快乐！您的专属客户经理 李娜 敬上。");
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("care@zj.example.com");
        assertThat(from.getPersonal()).isEqualTo("中国移动浙江公司");
        assertThat(GreenMailUtil.getAddressList(m.getAllRecipients())).isEqualTo("wangxm@163.com");
        assertThat(m.getMessageID()).isEqualTo("<retain-outbox-42@zj.example.com>");
    }

    @Test
    void anUnknownMailboxFailsForGoodWithTheServersWordsAndTheAddressMasked() throws Exception {
        try (ScriptedSmtpServer smtp = ScriptedSmtpServer.rcptReplies("550 5.1.1 <nobody@qq.com>: Recipient address rejected: User unknown")) {
            SendOutcome outcome = senderTo(smtp.port(), 5000).send(email(7, "nobody@qq.com", "主题", "正文"));
            assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Failed.class, f -> assertThat(f.error())
                    .startsWith("SMTP 550 5.1.1 ").contains("User unknown").contains("n***@qq.com").doesNotContain("nobody@qq.com"));
            assertThat(smtp.commands).anyMatch(c -> c.startsWith("RCPT TO:<nobody@qq.com>"));
        }
    }

    @Test
    void aTransientReplyToTheRecipientOrTheDataIsRetried() throws Exception {
        try (ScriptedSmtpServer greylisting = ScriptedSmtpServer.rcptReplies("451 4.7.1 <li@163.com>: Recipient address rejected: Greylisted")) {
            assertThat(senderTo(greylisting.port(), 5000).send(email(8, "li@163.com", "主题", "正文")))
                    .isInstanceOfSatisfying(SendOutcome.Retry.class, r -> assertThat(r.error()).startsWith("SMTP 451 4.7.1 ").contains("Greylisted"));
        }
        try (ScriptedSmtpServer full = ScriptedSmtpServer.dataReplies("452 4.3.1 Insufficient system storage")) {
            assertThat(senderTo(full.port(), 5000).send(email(9, "li@163.com", "主题", "正文")))
                    .isInstanceOfSatisfying(SendOutcome.Retry.class, r -> assertThat(r.error()).isEqualTo("SMTP 452 4.3.1 Insufficient system storage"));
        }
        try (ScriptedSmtpServer refused = ScriptedSmtpServer.dataReplies("554 5.7.1 Message rejected as spam")) {
            assertThat(senderTo(refused.port(), 5000).send(email(10, "li@163.com", "主题", "正文")))
                    .isInstanceOfSatisfying(SendOutcome.Failed.class, f -> assertThat(f.error()).startsWith("SMTP 554 5.7.1 ").contains("spam"));
        }
    }

    @Test
    void aServerThatIsDownOrSilentMeansTryAgain() throws Exception {
        int closed = freePort();
        assertThat(senderTo(closed, 2000).send(email(11, "li@163.com", "主题", "正文")))
                .isInstanceOfSatisfying(SendOutcome.Unreachable.class, r -> assertThat(r.error()).startsWith("the SMTP server refused the connection"));
        try (ScriptedSmtpServer hung = ScriptedSmtpServer.silent()) {
            long t0 = System.nanoTime();
            assertThat(senderTo(hung.port(), 700).send(email(12, "li@163.com", "主题", "正文")))
                    .isInstanceOfSatisfying(SendOutcome.Retry.class, r -> assertThat(r.error()).startsWith("the SMTP server did not answer in time"));
            assertThat((System.nanoTime() - t0) / 1e9).as("the configured timeout, not forever").isLessThan(10);
        }
    }

    @Test
    void withoutAnSmtpServerEveryEmailWaitsSayingWhy() {
        EmailSender unconfigured = new EmailSender(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), SETTINGS);
        assertThat(unconfigured.send(email(13, "li@163.com", "主题", "正文")))
                .isEqualTo(new SendOutcome.Unreachable(EmailSender.UNCONFIGURED, EmailSender.UNCONFIGURED_WAIT));
        assertThat(unconfigured.channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void anAddressThatIsNoAddressFailsWithoutTryingTheServer() {
        assertThat(senderTo(GREENMAIL_PORT, 5000).send(email(14, "li@163", "主题", "正文")))
                .isInstanceOfSatisfying(SendOutcome.Failed.class, f -> assertThat(f.error()).startsWith("not an email address"));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void noBodyAndNoFullAddressReachesTheLog(CapturedOutput output) throws Exception {
        try (ScriptedSmtpServer smtp = ScriptedSmtpServer.rcptReplies("550 5.1.1 <secret.person@qq.com>: User unknown")) {
            Dispatch code = new Dispatch(15, Channel.EMAIL, "secret.person@qq.com", "验证码", "您的验证码是 938271，5 分钟内有效。",
                    MessageClass.SERVICE, true, 2);
            assertThat(senderTo(smtp.port(), 5000).send(code)).isInstanceOf(SendOutcome.Failed.class);
        }
        assertThat(output.getAll()).contains("email 15 to s***@qq.com (attempt 2): failed, SMTP 550 5.1.1 <s***@qq.com>: User unknown")
                .doesNotContain("938271").doesNotContain("secret.person@qq.com");
    }

    @Test
    void theSenderAddressIsCheckedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MailSettings("noreply", ""))
                .hasMessage("retain.mail.from is not an email address: 'noreply' (no @)");
    }
}
