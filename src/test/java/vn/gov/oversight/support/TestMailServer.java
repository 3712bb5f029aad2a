package vn.gov.oversight.support;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) for the integration tests, on a free loopback port
 * chosen once: it can be stopped, to play a mail server that is down, and started again
 * on the same port.
 */
public final class TestMailServer {

    private static final int PORT = freePort();

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized int port() {
        if (server == null) {
            start();
        }
        return PORT;
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received since the server last started. */
    public static synchronized MimeMessage[] received() {
        return server == null ? new MimeMessage[0] : server.getReceivedMessages();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
