package io.cockpit.adapters.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The embedded mode's mail: each message becomes an {@code .eml} file in the outbox directory (any mail client opens
 * one), named by the time it was written. Only the file name is logged: a message can hold a one-time link. Files
 * and directory are readable by the owner only.
 */
public final class OutboxDelivery implements Delivery {

    private static final System.Logger LOG = System.getLogger(OutboxDelivery.class.getName());
    /** The time in a message's file name: when it was written, in UTC. */
    static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Session session = Session.getInstance(new Properties());
    private final InternetAddress from;

    public OutboxDelivery(Path directory, String from, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("cockpit.smtp.from is not an e-mail address", e);
        }
        try {
            Files.createDirectories(directory);
            ownerOnly(directory, "rwx------");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the mail outbox " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void deliver(MimeMessage message) throws IOException, jakarta.mail.MessagingException {
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        String name = NAME_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix) + ".eml";
        Path partial = Files.createTempFile(directory, ".writing-", ".tmp");
        try {
            ownerOnly(partial, "rw-------");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        LOG.log(System.Logger.Level.INFO, "mail written to the outbox: " + name);
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public InternetAddress from() {
        return from;
    }

    @Override
    public String toString() {
        return "the outbox " + directory;
    }
}
