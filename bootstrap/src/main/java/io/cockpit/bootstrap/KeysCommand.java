package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.adapters.mysql.access.JdbiApiKeyRepository;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.application.service.access.ApiKeyService;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.shared.InvalidValueException;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

/** {@code ./cockpit keys create partner|operator NAME}: a new API key in the configured database, printed once. */
public final class KeysCommand {

    private static final String USAGE = "usage: ./cockpit keys create partner|operator NAME";

    private KeysCommand() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        System.exit(run(args, Config.create(), System.out, System.err));
    }

    static int run(String[] args, Config config, PrintStream out, PrintStream err) {
        if (args.length != 3 || !args[0].equals("create")
                || !(args[1].equals("partner") || args[1].equals("operator"))) {
            err.println(USAGE);
            return 2;
        }
        ApiKeyRole role = ApiKeyRole.valueOf(args[1].toUpperCase(Locale.ROOT));
        ApiKeyName name;
        try {
            name = new ApiKeyName(args[2]);
        } catch (InvalidValueException e) {
            err.println("NAME " + e.getMessage());
            return 2;
        }
        CockpitSettings settings = CockpitSettings.from(config);
        try (RelationalStore database = RelationalStore.open(Cockpit.databaseSettings(settings, 2))) {
            SecretToken secret = new ApiKeyService(database.repository(JdbiApiKeyRepository::new), Clock.systemUTC(), new SecureRandom())
                    .create(role, name);
            out.println("New " + args[1] + " key \"" + name + "\" (shown once, stored only as a hash):");
            out.println(secret.value());
            return 0;
        }
    }
}
