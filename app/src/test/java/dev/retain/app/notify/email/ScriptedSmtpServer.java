package dev.retain.app.notify.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server on 127.0.0.1 that speaks the protocol (RFC 5321) but answers RCPT or the end
 * of DATA with the reply a test sets: what GreenMail, which accepts every mailbox, cannot do —
 * a 4xx greylisting, a 5xx unknown mailbox. {@link #silent} accepts connections and never says a
 * word (a hung server). Each command it received is kept.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String rcptReply;
    private final String dataReply;
    private final boolean silent;
    final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private ScriptedSmtpServer(String rcptReply, String dataReply, boolean silent) {
        this.rcptReply = rcptReply;
        this.dataReply = dataReply;
        this.silent = silent;
        try {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread t = new Thread(this::acceptAll, "scripted-smtp");
        t.setDaemon(true);
        t.start();
    }

    /** Answers RCPT TO with {@code rcptReply} (e.g. "550 5.1.1 &lt;x@y&gt;: Recipient address rejected: User unknown"). */
    static ScriptedSmtpServer rcptReplies(String rcptReply) {
        return new ScriptedSmtpServer(rcptReply, "250 2.0.0 Ok: queued", false);
    }

    /** Accepts the recipient, then answers the end of DATA with {@code dataReply}. */
    static ScriptedSmtpServer dataReplies(String dataReply) {
        return new ScriptedSmtpServer("250 2.1.5 Ok", dataReply, false);
    }

    static ScriptedSmtpServer silent() {
        return new ScriptedSmtpServer(null, null, true);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                open.add(s);
                if (!silent) {
                    Thread t = new Thread(() -> converse(s), "scripted-smtp-conversation");
                    t.setDaemon(true);
                    t.start();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = s.getOutputStream()) {
            say(out, "220 scripted.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line);
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                switch (verb) {
                    case "EHLO" -> say(out, "250-scripted.test\r\n250 8BITMIME");
                    case "HELO" -> say(out, "250 scripted.test");
                    case "MAIL" -> say(out, "250 2.1.0 Ok");
                    case "RCPT" -> say(out, rcptReply);
                    case "DATA" -> {
                        say(out, "354 End data with <CR><LF>.<CR><LF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message itself is not kept
                        }
                        say(out, dataReply);
                    }
                    case "RSET", "NOOP" -> say(out, "250 2.0.0 Ok");
                    case "QUIT" -> {
                        say(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> say(out, "502 5.5.2 Error: command not recognized");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) s.close();
    }
}
