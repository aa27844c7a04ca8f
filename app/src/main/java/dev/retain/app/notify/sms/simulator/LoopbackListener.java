package dev.retain.app.notify.sms.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

/**
 * A jsmpp server socket on 127.0.0.1 only (jsmpp's own factory listens on every interface, and
 * a simulator must not be reachable from the network), on a given port or a free one.
 */
public final class LoopbackListener {

    private LoopbackListener() {
    }

    /** Listens on 127.0.0.1:{@code port} (0: a free port); returns the listener and the port it got. */
    public static Bound listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        ServerConnectionFactory factory = new ServerConnectionFactory() {
            @Override
            public ServerConnection listen(int ignored) {
                return new ServerSocketConnection(socket);
            }

            @Override
            public ServerConnection listen(int ignored, int timeout) throws IOException {
                socket.setSoTimeout(timeout);
                return new ServerSocketConnection(socket);
            }

            @Override
            public ServerConnection listen(int ignored, int timeout, int backlog) throws IOException {
                return listen(ignored, timeout);
            }
        };
        return new Bound(new SMPPServerSessionListener(socket.getLocalPort(), factory), socket.getLocalPort());
    }

    public record Bound(SMPPServerSessionListener listener, int port) {
    }
}
