package io.cockpit.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The embedded mode's data directory: the H2 database, the server secret and the console socket. Created readable
 * by its owner only ({@code 0700}); one that exists with more is used as it is, with a warning, because changing
 * the rights of a directory someone chose is theirs to do.
 */
public final class DataDirectory {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private DataDirectory() {
    }

    /** Creates {@code dir} (and missing parents) as {@code 0700} unless it exists; returns it. */
    public static Path prepare(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                warnIfOthersMayEnter(dir);
                return dir;
            }
            if (!posix(dir.toAbsolutePath().getRoot())) {
                return Files.createDirectories(dir);
            }
            return Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
    }

    private static void warnIfOthersMayEnter(Path dir) throws IOException {
        if (!posix(dir)) {
            return;
        }
        Set<PosixFilePermission> granted = Files.getPosixFilePermissions(dir);
        if (granted.stream().anyMatch(OTHERS::contains)) {
            System.getLogger(DataDirectory.class.getName()).log(System.Logger.Level.WARNING, "the data directory "
                    + dir.toAbsolutePath().normalize() + " is open to other users ("
                    + PosixFilePermissions.toString(granted) + "); it holds the database and the server secret: "
                    + "chmod 700 it");
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
