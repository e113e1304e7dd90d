package io.cockpit.adapters.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the mail server.
 *
 * @param username empty: the server takes mail without authentication
 * @param from     the sender's address, e.g. {@code Cockpit <no-reply@example.com>}
 * @param startTls upgrade the connection to TLS before anything is sent, and refuse a server that cannot
 */
public record SmtpSettings(String host, int port, Optional<String> username, String password, String from,
                           boolean startTls) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        if (host.isBlank()) {
            throw new IllegalArgumentException("no SMTP host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port out of range: " + port);
        }
        if (from.isBlank()) {
            throw new IllegalArgumentException("an SMTP sender needs a From address (cockpit.smtp.from)");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", startTls=" + startTls + "]";
    }
}
