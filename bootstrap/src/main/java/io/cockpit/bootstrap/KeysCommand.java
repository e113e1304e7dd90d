package io.cockpit.bootstrap;

import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.application.service.ApiKeyService;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.SecretToken;
import io.helidon.config.Config;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

/** {@code ./cockpit keys create partner|operator NAME}: a new API key in the configured database, printed once. */
public final class KeysCommand {

    private static final String USAGE = "usage: ./cockpit keys create partner|operator NAME";

    private KeysCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || !args[0].equals("create")
                || !(args[1].equals("partner") || args[1].equals("operator"))) {
            System.err.println(USAGE);
            System.exit(2);
        }
        ApiKeyRole role = ApiKeyRole.valueOf(args[1].toUpperCase(Locale.ROOT));
        ApiKeyName name;
        try {
            name = new ApiKeyName(args[2]);
        } catch (RuntimeException e) {
            System.err.println("NAME " + e.getMessage());
            System.exit(2);
            return;
        }
        CockpitSettings settings = CockpitSettings.from(Config.create());
        try (RelationalStore database = RelationalStore.open(settings.embeddedDatabase()
                ? DatabaseSettings.embedded(settings.dataDir(), 2)
                : new DatabaseSettings(settings.databaseUrl().orElseThrow(), settings.databaseUser(),
                settings.databasePassword(), 2))) {
            SecretToken secret = new ApiKeyService(database.apiKeys(), Clock.systemUTC(), new SecureRandom())
                    .create(role, name);
            System.out.println("New " + args[1] + " key \"" + name + "\" (shown once, stored only as a hash):");
            System.out.println(secret.value());
        }
    }
}
