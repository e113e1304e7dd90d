package io.cockpit.adapters.mail;

import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.domain.access.AccessPersonalData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded mode's outbox as the retention job sees it: {@code .eml} files written before the cutoff are deleted,
 * judged by the time in their name (the time {@link OutboxDelivery} wrote them by the server's clock). Files that do
 * not carry such a name are not the outbox's and stay.
 */
public final class OutboxExpiry implements ExpiringPersonalData {

    private static final int NAME_TIME_LENGTH = "20261129T101530.007Z".length();

    private final Path directory;

    public OutboxExpiry(Path directory) {
        this.directory = directory;
    }

    @Override
    public String category() {
        return AccessPersonalData.OUTGOING_MAIL.id();
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        List<Path> due;
        try (Stream<Path> files = Files.list(directory)) {
            due = files.filter(file -> writtenAt(file).filter(at -> at.isBefore(cutoff)).isPresent())
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .limit(limit)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the mail outbox " + directory, e);
        }
        int deleted = 0;
        for (Path file : due) {
            try {
                deleted += Files.deleteIfExists(file) ? 1 : 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file.getFileName() + " from the mail outbox", e);
            }
        }
        return deleted;
    }

    /** When a message file was written, from its name ({@code 20261129T101530.007Z-1a2b3c4d.eml}). */
    static Optional<Instant> writtenAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".eml") || name.length() < NAME_TIME_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(OutboxDelivery.NAME_TIME.parse(name.substring(0, NAME_TIME_LENGTH))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
