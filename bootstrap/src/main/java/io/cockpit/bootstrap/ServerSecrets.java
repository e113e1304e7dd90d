package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.application.security.ServerSecret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the server secret comes from: configuration ({@code cockpit.secret}), or, in embedded mode, a file in the
 * data directory created at first start. With an external database it must be configured, because every node of a
 * cluster needs the same one.
 */
final class ServerSecrets {

    private static final String FILE = "server-secret";

    private ServerSecrets() {
    }

    static ServerSecret load(CockpitSettings settings, SecureRandom random) {
        if (settings.secret().isPresent()) {
            return decode(settings.secret().get());
        }
        if (!settings.embeddedDatabase()) {
            throw new IllegalStateException("cockpit.secret (COCKPIT_SECRET) must be set when the database is "
                    + "external: Base64 of at least 32 random bytes, e.g. `openssl rand -base64 32`");
        }
        return fromDataDir(settings.dataDir(), random);
    }

    private static ServerSecret decode(String base64) {
        try {
            return new ServerSecret(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cockpit.secret must be Base64 of at least " + ServerSecret.MINIMUM_BYTES
                    + " bytes", e);
        }
    }

    private static ServerSecret fromDataDir(Path dataDir, SecureRandom random) {
        Path file = dataDir.resolve(FILE);
        try {
            DataDirectory.prepare(dataDir);
            if (!Files.exists(file)) {
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(secret));
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first; use theirs
                }
            }
            return decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
