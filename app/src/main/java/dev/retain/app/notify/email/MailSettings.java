package dev.retain.app.notify.email;

import dev.retain.engine.value.EmailAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the province's emails come from ({@code retain.mail.from}, {@code RETAIN_MAIL_FROM}), with
 * an optional display name ({@code retain.mail.from-name}, e.g. 中国移动浙江公司). The SMTP server
 * itself is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT},
 * {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}): docs/settings.md, "Email".
 */
@ConfigurationProperties("retain.mail")
record MailSettings(@DefaultValue("noreply@localhost.localdomain") String from, @DefaultValue("") String fromName) {

    MailSettings {
        String problem = EmailAddress.problem(from);
        if (problem != null) {
            throw new IllegalArgumentException("retain.mail.from is not an email address: '" + from + "' (" + problem + ")");
        }
    }

    /** The part after the @, which names the message ids this application gives its emails. */
    String domain() {
        return from.substring(from.indexOf('@') + 1);
    }
}
