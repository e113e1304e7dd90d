package io.cockpit.adapters.http.operations;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * A port of the web server, as the liveness probe checks it: does it still take connections? When an accept fails (the
 * process out of file descriptors, for example), Helidon 4 closes that port's socket for good while the web server as
 * a whole still counts as running; a connection to it is then refused.
 *
 * @param name    what the probe's answer calls the port ("API port")
 * @param address where to connect: the bound address, or the loopback address when the port is bound to every one
 */
public record ServedPort(String name, InetSocketAddress address) {

    /** A connection that is neither taken nor refused within this (a full backlog) counts as taken. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

    public ServedPort {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a served port needs a name");
        }
        if (address.isUnresolved() || address.getAddress().isAnyLocalAddress()) {
            throw new IllegalArgumentException("a served port is checked at a resolved address: " + address);
        }
    }

    /**
     * The port the web server bound on {@code host} (an address, a host name, or a wildcard such as 0.0.0.0).
     *
     * @throws IllegalArgumentException when the host name does not resolve now (Helidon resolved it a moment ago)
     */
    public static ServedPort of(String name, String host, int port) {
        InetSocketAddress bound = new InetSocketAddress(host, port);
        if (bound.isUnresolved()) {
            throw new IllegalArgumentException("the " + name + "'s host " + host + " does not resolve");
        }
        boolean wildcard = bound.getAddress().isAnyLocalAddress();
        return new ServedPort(name, wildcard ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port) : bound);
    }

    /** True only when a connection is refused: a timeout or any other failure leaves the answer to the other checks. */
    public boolean refusesConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(address, (int) CONNECT_TIMEOUT.toMillis());
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
