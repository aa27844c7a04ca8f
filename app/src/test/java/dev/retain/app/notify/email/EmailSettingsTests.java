package dev.retain.app.notify.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The settings as an operator gives them: Spring Boot's spring.mail.* (SPRING_MAIL_HOST …) make the
 * sender reach that server, retain.mail.from names the sender; without a host, emails wait saying why.
 */
class EmailSettingsTests {

    private static final int PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(EmailSender.class);

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Dispatch email() {
        return new Dispatch(1, Channel.EMAIL, "zhao@126.com", "积分即将清零", "您的 3,200 积分将于 12 月 31 日清零。", MessageClass.MARKETING, false, 1);
    }

    @Test
    void springMailHostAndRetainMailFromReachTheServer() {
        app.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT, "retain.mail.from=care@zj.example.com")
                .run(context -> {
                    SendOutcome outcome = context.getBean(EmailSender.class).send(email());
                    assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
                    assertThat(greenMail.getReceivedMessages()).singleElement()
                            .satisfies(m -> assertThat(m.getFrom()[0].toString()).isEqualTo("care@zj.example.com"));
                });
    }

    @Test
    void withoutAHostTheSenderIsThereAndEmailsWait() {
        app.run(context -> assertThat(context.getBean(EmailSender.class).send(email()))
                .isInstanceOfSatisfying(SendOutcome.Unreachable.class, r -> assertThat(r.error()).contains("spring.mail.host (SPRING_MAIL_HOST)")));
    }

    @Test
    void aMalformedSenderAddressStopsTheStartNamingTheSetting() {
        app.withPropertyValues("retain.mail.from=care-at-zj").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("retain.mail.from is not an email address: 'care-at-zj'"));
    }
}
