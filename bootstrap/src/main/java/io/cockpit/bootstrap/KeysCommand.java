package io.cockpit.bootstrap;

import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.access.JdbiApiKeyRepository;
import io.cockpit.application.service.access.ApiKeyService;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.bootstrap.console.CommandRunner;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.shared.InvalidValueException;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ./cockpit keys create partner|operator NAME}: a new API key in the configured database, printed once. In
 * embedded mode a running server creates it on the command's behalf (its console socket).
 */
public final class KeysCommand {

    static final String NAME = "keys";
    private static final String USAGE = "usage: ./cockpit keys create partner|operator NAME";

    private KeysCommand() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        System.exit(run(args, Config.create(), System.out, System.err));
    }

    static int run(String[] args, Config config, PrintStream out, PrintStream err) {
        if (usage(List.of(args), err).isEmpty()) {
            return 2;
        }
        CockpitSettings settings = CockpitSettings.from(config);
        Optional<Path> dataDir = settings.embeddedDatabase()
                ? Optional.of(DataDirectory.prepare(settings.dataDir())) : Optional.empty();
        return CommandRunner.run(NAME, List.of(args), KeysCommand::execute, dataDir,
                Cockpit.databaseSettings(settings, 2), out, err);
    }

    /** The command on an open store, here or in the server. */
    static int execute(List<String> args, RelationalStore database, PrintStream out, PrintStream err) {
        Optional<Request> request = usage(args, err);
        if (request.isEmpty()) {
            return 2;
        }
        SecretToken secret = new ApiKeyService(database.repository(JdbiApiKeyRepository::new), Clock.systemUTC(),
                new SecureRandom()).create(request.get().role(), request.get().name());
        out.println("New " + request.get().role().name().toLowerCase(Locale.ROOT) + " key \"" + request.get().name()
                + "\" (shown once, stored only as a hash):");
        out.println(secret.value());
        return 0;
    }

    private record Request(ApiKeyRole role, ApiKeyName name) {
    }

    /** The request the arguments make, or empty after printing what is wrong with them. */
    private static Optional<Request> usage(List<String> args, PrintStream err) {
        if (args.size() != 3 || !args.get(0).equals("create")
                || !(args.get(1).equals("partner") || args.get(1).equals("operator"))) {
            err.println(USAGE);
            return Optional.empty();
        }
        try {
            return Optional.of(new Request(ApiKeyRole.valueOf(args.get(1).toUpperCase(Locale.ROOT)),
                    new ApiKeyName(args.get(2))));
        } catch (InvalidValueException e) {
            err.println("NAME " + e.getMessage());
            return Optional.empty();
        }
    }
}
