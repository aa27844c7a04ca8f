package dev.retain.app.notify.email;

import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.security.PersonalData;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * What an SMTP failure means for the message (RFC 5321 §4.2.1): a 4xx reply is transient (a
 * full mailbox, greylisting, a server busy), a 5xx reply permanent (an unknown mailbox, a
 * refused sender or content) — except a refused login, which is the province's configuration
 * and not the message's fault. A failure below SMTP (connection refused, a timeout, an unknown
 * host) is the server being away: try again. The error text keeps the server's words with
 * every address masked, since it is stored with the message and shown on screens.
 */
final class SmtpOutcomes {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private SmtpOutcomes() {
    }

    static SendOutcome of(MailException e) {
        if (e instanceof MailAuthenticationException) {
            return new SendOutcome.Retry("the SMTP server refused the login (spring.mail.username / spring.mail.password)", null);
        }
        List<Throwable> chain = chain(e);
        for (Throwable t : chain) {
            int code = replyCode(t);
            if (code >= 500) return new SendOutcome.Failed(reply(code, t));
            if (code >= 400) return new SendOutcome.Retry(reply(code, t), null);
        }
        for (Throwable t : chain) {
            if (t instanceof ConnectException) return new SendOutcome.Unreachable("the SMTP server refused the connection: " + words(t), null);
            if (t instanceof SocketTimeoutException) return new SendOutcome.Retry("the SMTP server did not answer in time: " + words(t), null);
            if (t instanceof UnknownHostException) return new SendOutcome.Unreachable("unknown SMTP host: " + words(t), null);
        }
        for (Throwable t : chain) {
            if (t instanceof IOException) return new SendOutcome.Retry("the connection to the SMTP server failed: " + words(t), null);
        }
        // nothing says the message itself is at fault: keep it and try again
        return new SendOutcome.Retry("email not sent: " + words(chain.get(chain.size() - 1)), null);
    }

    /** "SMTP 550 5.1.1 …": the server's reply, which starts with its code. */
    private static String reply(int code, Throwable t) {
        String words = words(t);
        return words.startsWith(Integer.toString(code)) ? "SMTP " + words : "SMTP " + code + " " + words;
    }

    /** The SMTP reply code a failure carries, or 0. */
    private static int replyCode(Throwable t) {
        if (t instanceof SMTPAddressFailedException a) return a.getReturnCode();
        if (t instanceof SMTPSenderFailedException s) return s.getReturnCode();
        if (t instanceof SMTPSendFailedException s) return s.getReturnCode();
        return 0;
    }

    /** The exception and every cause: Java causes, Jakarta Mail's next exceptions and Spring's per-message failures. */
    private static List<Throwable> chain(Throwable top) {
        List<Throwable> all = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> todo = new ArrayList<>(List.of(top));
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(0);
            if (t == null || seen.put(t, Boolean.TRUE) != null) continue;
            all.add(t);
            todo.add(t.getCause());
            if (t instanceof MessagingException m) todo.add(m.getNextException());
            if (t instanceof MailSendException s) todo.addAll(s.getFailedMessages().values());
        }
        return all;
    }

    /** The failure's own words, one line, addresses masked (z***@qq.com). */
    static String words(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").trim();
        m = ADDRESS.matcher(m).replaceAll(r -> PersonalData.maskEmail(r.group()));
        return PersonalData.maskNumbersIn(m.length() > 300 ? m.substring(0, 300) + "…" : m);
    }
}
