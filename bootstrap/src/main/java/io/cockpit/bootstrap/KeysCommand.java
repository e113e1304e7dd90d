package io.cockpit.bootstrap;

import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.access.JdbiApiKeyRepository;
import io.cockpit.application.service.access.ApiKeyService;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.bootstrap.console.CommandRunner;
import io.cockpit.domain.access.ApiKey;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ./cockpit keys}: API keys in the configured database, without SQL. {@code create} prints the new key once;
 * {@code list} shows every key's name, kind, dates and state, never a secret (only hashes are stored);
 * {@code revoke} ends keys at once on every node. In embedded mode a running server does the work on the command's
 * behalf (its console socket).
 */
public final class KeysCommand {

    static final String NAME = "keys";

    private static final String USAGE = """
            usage: ./cockpit keys create partner|operator NAME [--expires DATE]
                                  DATE: 2027-06-30 (valid through that day, UTC) or 2027-06-30T12:00:00Z
                   ./cockpit keys list
                   ./cockpit keys revoke partner|operator NAME [--id ID]
                                  every key of NAME, or only the one with ID (see list)""";

    private KeysCommand() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        System.exit(run(args, Config.create(), System.out, System.err));
    }

    static int run(String[] args, Config config, PrintStream out, PrintStream err) {
        CockpitSettings settings = CockpitSettings.from(config);
        Optional<Path> dataDir = settings.embeddedDatabase()
                ? Optional.of(DataDirectory.prepare(settings.dataDir())) : Optional.empty();
        return CommandRunner.run(NAME, List.of(args), KeysCommand::execute, dataDir,
                Cockpit.databaseSettings(settings, 2), Cockpit.migrationKeys(settings), out, err);
    }

    /** The command on an open store, here or in the server. */
    static int execute(List<String> words, RelationalStore database, PrintStream out, PrintStream err) {
        ApiKeyService keys = new ApiKeyService(database.repository(JdbiApiKeyRepository::new), Clock.systemUTC(),
                new SecureRandom());
        try {
            if (words.size() == 1 && words.getFirst().equals("list")) {
                return list(keys, out);
            }
            if ((words.size() == 3 || words.size() == 5) && words.get(0).equals("create")) {
                ApiKeyRole role = role(words.get(1));
                ApiKeyName name = name(words.get(2));
                Optional<Instant> expires = option(words, "--expires").map(KeysCommand::expiry);
                return create(keys, role, name, expires, out);
            }
            if ((words.size() == 3 || words.size() == 5) && words.get(0).equals("revoke")) {
                ApiKeyRole role = role(words.get(1));
                ApiKeyName name = name(words.get(2));
                Optional<String> id = option(words, "--id");
                return revoke(keys, role, name, id, out, err);
            }
        } catch (IllegalArgumentException wrong) {
            err.println(wrong.getMessage());
        } catch (InvalidValueException refused) {
            err.println(refused.getMessage());
        }
        err.println(USAGE);
        return 2;
    }

    private static int create(ApiKeyService keys, ApiKeyRole role, ApiKeyName name, Optional<Instant> expires,
                              PrintStream out) {
        SecretToken secret = keys.create(role, name, expires);
        String kind = role.name().toLowerCase(Locale.ROOT);
        out.println("New " + kind + " key \"" + name + "\"" + expires.map(at -> ", valid until " + at).orElse("")
                + " (shown once, stored only as a hash):");
        out.println(secret.value());
        return 0;
    }

    private static int list(ApiKeyService keys, PrintStream out) {
        Instant now = Instant.now();
        TextTable table = new TextTable("KIND", "NAME", "ID", "CREATED", "LAST USED", "EXPIRES", "STATE");
        for (ApiKey key : keys.list()) {
            table.row(key.role().name().toLowerCase(Locale.ROOT), key.name().value(), key.id(),
                    TextTable.time(Optional.of(key.createdAt())), TextTable.time(key.lastUsedAt()),
                    TextTable.time(key.expiresAt()), state(key, now));
        }
        table.print(out);
        return 0;
    }

    private static String state(ApiKey key, Instant now) {
        if (key.revokedAt().isPresent()) {
            return "revoked " + TextTable.time(key.revokedAt());
        }
        return key.usableAt(now) ? "active" : "expired";
    }

    private static int revoke(ApiKeyService keys, ApiKeyRole role, ApiKeyName name, Optional<String> id,
                              PrintStream out, PrintStream err) {
        int revoked = keys.revoke(role, name, id);
        String kind = role.name().toLowerCase(Locale.ROOT);
        if (revoked == 0) {
            err.println("No active " + kind + " key \"" + name + "\"" + id.map(one -> " with id " + one).orElse("")
                    + ": nothing revoked.");
            return 1;
        }
        out.println("Revoked " + revoked + " " + kind + " key" + (revoked == 1 ? "" : "s") + " \"" + name
                + "\": refused from now on, on every node.");
        return 0;
    }

    private static ApiKeyRole role(String kind) {
        return switch (kind) {
            case "partner" -> ApiKeyRole.PARTNER;
            case "operator" -> ApiKeyRole.OPERATOR;
            default -> throw new IllegalArgumentException("KIND is partner or operator, not " + kind);
        };
    }

    private static ApiKeyName name(String text) {
        try {
            return new ApiKeyName(text);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException("NAME " + e.getMessage());
        }
    }

    /** The value after {@code flag} in the last two words, if they are that option; anything else is refused. */
    private static Optional<String> option(List<String> words, String flag) {
        if (words.size() == 3) {
            return Optional.empty();
        }
        if (!words.get(3).equals(flag)) {
            throw new IllegalArgumentException("unknown option " + words.get(3));
        }
        return Optional.of(words.get(4));
    }

    /** A date means through the end of that day in UTC; an RFC 3339 time means that moment. */
    static Instant expiry(String text) {
        try {
            return text.contains("T") ? Instant.parse(text)
                    : LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--expires takes a date (2027-06-30) or a UTC time "
                    + "(2027-06-30T12:00:00Z), not " + text);
        }
    }
}
