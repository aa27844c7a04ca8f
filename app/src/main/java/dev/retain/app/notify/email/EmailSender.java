package dev.retain.app.notify.email;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.ChannelSender;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.value.EmailAddress;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP (SPEC R13.2) through Spring Boot's {@link JavaMailSender}: a UTF-8 plain-text
 * message (subject and body in Chinese travel encoded, so every mail client shows them), from
 * {@code retain.mail.from}. The message id is the outbox's ({@code <retain-outbox-42@domain>}),
 * the same on every attempt, so a mail client that got a message twice after a retry shows it once.
 *
 * <p>Without an SMTP server ({@code spring.mail.host} unset, so Boot makes no mail sender) every
 * email waits: {@link SendOutcome.Retry} with the reason, so the outbox shows why and sends them
 * once a server is configured and the application restarted. Nothing of the body is logged.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
class EmailSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    /** How long an email waits before the next look when no SMTP server is configured. */
    static final Duration UNCONFIGURED_WAIT = Duration.ofMinutes(15);
    static final String UNCONFIGURED = "no SMTP server configured: set spring.mail.host (SPRING_MAIL_HOST) and restart";

    private final ObjectProvider<JavaMailSender> mail;
    private final MailSettings settings;

    EmailSender(ObjectProvider<JavaMailSender> mail, MailSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendOutcome send(Dispatch dispatch) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) return new SendOutcome.Unreachable(UNCONFIGURED, UNCONFIGURED_WAIT);
        String problem = EmailAddress.problem(dispatch.to());
        if (problem != null) return new SendOutcome.Failed("not an email address (" + problem + ")");
        String messageId = "<retain-outbox-" + dispatch.messageId() + "@" + settings.domain() + ">";
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper m = new MimeMessageHelper(message, false, "UTF-8");
            if (settings.fromName().isBlank()) m.setFrom(settings.from());
            else m.setFrom(settings.from(), settings.fromName());
            m.setTo(dispatch.to());
            m.setSubject(dispatch.subject() == null ? "" : dispatch.subject());
            m.setText(dispatch.body(), false);
            // kept by Spring's sender when set before the send (it would otherwise draw a new one per attempt)
            message.setHeader("Message-ID", messageId);
            sender.send(message);
            return new SendOutcome.Accepted(messageId, 1);
        } catch (MailException e) {
            SendOutcome outcome = SmtpOutcomes.of(e);
            log.warn("email {} to {} (attempt {}): {}", dispatch.messageId(), PersonalData.maskEmail(dispatch.to()), dispatch.attempt(),
                    outcome instanceof SendOutcome.Failed f ? "failed, " + f.error()
                            : outcome instanceof SendOutcome.Unreachable u ? "waiting for the server, " + u.error()
                            : "retry, " + ((SendOutcome.Retry) outcome).error());
            return outcome;
        } catch (MessagingException | UnsupportedEncodingException e) {
            // building the message failed: the same message would fail again
            return new SendOutcome.Failed("the email could not be built: " + SmtpOutcomes.words(e));
        }
    }
}
