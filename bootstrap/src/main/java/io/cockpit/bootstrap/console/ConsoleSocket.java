package io.cockpit.bootstrap.console;

import io.cockpit.adapters.mysql.RelationalStore;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded server's console: a Unix domain socket in the data directory ({@value #FILE}, mode 600 in a 700
 * directory) through which {@code ./cockpit keys ...} runs its command inside the server, on the server's open
 * database, while the server holds the H2 file. Nothing listens on TCP for it, and only the owner of the data
 * directory, who can read the database file anyway, can connect.
 *
 * <p>Wire format, both ways {@link DataOutputStream}: the command's name and arguments ({@code UTF, int, UTF...});
 * then the exit code and what the command wrote to its output and error streams ({@code int, int + bytes, int +
 * bytes}).
 */
public final class ConsoleSocket implements AutoCloseable {

    public static final String FILE = "cockpit.sock";
    private static final int MAX_ARGUMENTS = 32;
    private static final System.Logger LOG = System.getLogger(ConsoleSocket.class.getName());

    private final Path path;
    private final ServerSocketChannel channel;
    private final Map<String, StoreCommand> commands;
    private final RelationalStore database;

    private ConsoleSocket(Path path, ServerSocketChannel channel, Map<String, StoreCommand> commands,
                          RelationalStore database) {
        this.path = path;
        this.channel = channel;
        this.commands = Map.copyOf(commands);
        this.database = database;
    }

    /**
     * Listens in {@code dataDir} for the commands by name. Empty when the socket cannot be made (a path longer than
     * the system allows, a file system without them); the commands then work only while the server is stopped.
     */
    public static Optional<ConsoleSocket> open(Path dataDir, RelationalStore database,
                                               Map<String, StoreCommand> commands) {
        Path path = dataDir.toAbsolutePath().resolve(FILE);
        try {
            // a socket file left by a crashed server: no other server can be running, this one holds the H2 lock
            Files.deleteIfExists(path);
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(path));
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            }
            ConsoleSocket console = new ConsoleSocket(path, channel, commands, database);
            Thread.ofPlatform().daemon().name("cockpit-console").start(console::accept);
            return Optional.of(console);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "no console socket at " + path + " (" + e.getMessage()
                    + "): ./cockpit keys works only while this server is stopped");
            return Optional.empty();
        }
    }

    /**
     * Runs the command in the server that listens in {@code dataDir}, copying what it writes to {@code out} and
     * {@code err}.
     *
     * @return its exit code; empty if no server listens there
     */
    public static Optional<Integer> send(Path dataDir, String name, List<String> args, PrintStream out,
                                         PrintStream err) {
        Path path = dataDir.toAbsolutePath().resolve(FILE);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        SocketChannel connection;
        try {
            connection = SocketChannel.open(UnixDomainSocketAddress.of(path));
        } catch (IOException | IllegalArgumentException noServer) {
            return Optional.empty();
        }
        try (connection;
             DataOutputStream request = new DataOutputStream(Channels.newOutputStream(connection));
             DataInputStream answer = new DataInputStream(Channels.newInputStream(connection))) {
            request.writeUTF(name);
            request.writeInt(args.size());
            for (String arg : args) {
                request.writeUTF(arg);
            }
            request.flush();
            int exit = answer.readInt();
            out.write(answer.readNBytes(answer.readInt()));
            err.write(answer.readNBytes(answer.readInt()));
            out.flush();
            err.flush();
            return Optional.of(exit);
        } catch (IOException e) {
            throw new UncheckedIOException("the server at " + path + " broke off the command", e);
        }
    }

    private void accept() {
        while (channel.isOpen()) {
            try {
                SocketChannel connection = channel.accept();
                // one thread each: a client that never finishes its request holds up no other
                Thread.ofVirtual().name("cockpit-console-command").start(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(SocketChannel connection) {
        try (connection;
             DataInputStream request = new DataInputStream(Channels.newInputStream(connection));
             DataOutputStream answer = new DataOutputStream(Channels.newOutputStream(connection))) {
            String name = request.readUTF();
            int count = request.readInt();
            if (count < 0 || count > MAX_ARGUMENTS) {
                return;
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(request.readUTF());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = run(name, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            // the command's output can hold a new key: it goes to the caller only, never to the log
            LOG.log(System.Logger.Level.INFO, "console: " + name + " (exit " + exit + ")");
            answer.writeInt(exit);
            answer.writeInt(out.size());
            out.writeTo(answer);
            answer.writeInt(err.size());
            err.writeTo(answer);
            answer.flush();
        } catch (IOException brokenOff) {
            LOG.log(System.Logger.Level.DEBUG, "console client went away", brokenOff);
        }
    }

    private int run(String name, List<String> args, PrintStream out, PrintStream err) {
        StoreCommand command = commands.get(name);
        if (command == null) {
            err.println("unknown command: " + name);
            return 2;
        }
        try {
            return command.execute(args, database, out, err);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "console: " + name + " failed", e);
            err.println(name + " failed: " + e.getClass().getSimpleName());
            return 1;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
