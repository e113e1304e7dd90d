package io.cockpit.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The TCP ports this JVM listens on, read from Linux's /proc (the sockets among its open files). */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    static boolean available() {
        return Files.isReadable(Path.of("/proc/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /** Each as {@code address:port}, the address in /proc's hex (00000000 is every IPv4 interface). */
    static Set<String> ofThisProcess() {
        Set<String> inodes = socketInodes();
        Set<String> listening = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            try (Stream<String> lines = Files.lines(file)) {
                lines.skip(1).map(String::strip).map(line -> line.split("\\s+")).forEach(fields -> {
                    if (fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                        String[] local = fields[1].split(":");
                        listening.add(local[0] + ":" + Integer.parseInt(local[1], 16));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return listening;
    }

    /** The ports among {@link #ofThisProcess()}. */
    static Set<Integer> portsOfThisProcess() {
        Set<Integer> ports = new TreeSet<>();
        ofThisProcess().forEach(socket -> ports.add(Integer.parseInt(socket.substring(socket.indexOf(':') + 1))));
        return ports;
    }

    private static Set<String> socketInodes() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed while listing
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }
}
