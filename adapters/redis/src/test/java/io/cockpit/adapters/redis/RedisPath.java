package io.cockpit.adapters.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between the adapter and the real Redis, for tests of Redis not answering: a loopback TCP relay that can
 * hold every byte back (Redis keeps running, its answers do not arrive) or cut every connection and refuse new ones.
 */
final class RedisPath implements AutoCloseable {

    private final ServerSocket listening;
    private final String redisHost;
    private final int redisPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean held;
    private volatile boolean cut;

    RedisPath(String redisUri) throws IOException {
        URI redis = URI.create(redisUri);
        this.redisHost = redis.getHost();
        this.redisPort = redis.getPort();
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    /** The URI the adapter connects to instead of Redis's. */
    String uri() {
        return "redis://" + listening.getInetAddress().getHostAddress() + ":" + listening.getLocalPort();
    }

    void hold() {
        held = true;
    }

    void release() {
        held = false;
    }

    /** Closes every relayed connection; new ones are refused until {@link #mend()}. */
    void cut() throws IOException {
        cut = true;
        for (Socket socket : open) {
            socket.close();
        }
    }

    void mend() {
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
                    server = new Socket(redisHost, redisPort);
                } catch (IOException redisRefused) {
                    client.close(); // as Redis itself would; the next connection tries again
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
