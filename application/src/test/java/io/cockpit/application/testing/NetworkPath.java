package io.cockpit.application.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between an adapter and a real server (Redis, MariaDB), for tests of a store not answering: a loopback
 * TCP relay that can hold every byte back (the server keeps running, its answers do not arrive) or cut every
 * connection and refuse new ones.
 */
public final class NetworkPath implements AutoCloseable {

    private final ServerSocket listening;
    private final String serverHost;
    private final int serverPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean held;
    private volatile boolean cut;

    public NetworkPath(String serverHost, int serverPort) throws IOException {
        this.serverHost = serverHost;
        this.serverPort = serverPort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    /** The host:port the adapter connects to instead of the server's. */
    public String address() {
        return listening.getInetAddress().getHostAddress() + ":" + listening.getLocalPort();
    }

    public void hold() {
        held = true;
    }

    public void release() {
        held = false;
    }

    /** Closes every relayed connection; new ones are refused until {@link #mend()}. */
    public void cut() throws IOException {
        cut = true;
        for (Socket socket : open) {
            socket.close();
        }
    }

    public void mend() {
        cut = false;
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                open.add(client);
                Socket server;
                try {
                    server = new Socket(serverHost, serverPort);
                } catch (IOException serverRefused) {
                    client.close(); // as the server itself would; the next connection tries again
                    continue;
                }
                open.add(server);
                Thread.ofVirtual().start(() -> relay(client, server));
                Thread.ofVirtual().start(() -> relay(server, client));
            } catch (IOException closed) {
                return; // close() closed the listening socket
            }
        }
    }

    private void relay(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                while (held && !cut) {
                    Thread.sleep(10);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException ended) {
            // the other side or cut() closed the connection
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
        cut();
    }
}
