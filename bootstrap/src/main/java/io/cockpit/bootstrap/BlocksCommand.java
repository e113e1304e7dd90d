package io.cockpit.bootstrap;

import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.protection.JdbiBlockedAddressRepository;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.service.protection.AddressBlocklist;
import io.cockpit.application.service.protection.BlockedAddressService;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.bootstrap.console.CommandRunner;
import io.cockpit.domain.protection.BlockRules;
import io.cockpit.domain.protection.BlockedAddress;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.shared.DomainException;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./cockpit blocks}: the operator's way back from a mistaken block without SQL, when the API refuses them
 * too. Lists the blocked addresses and lifts one by id, through the same use case as the API (so it is audited, as
 * {@code command-line:<OS user>}); every node follows within {@code cockpit.blocklist.refresh}.
 */
public final class BlocksCommand {

    static final String NAME = "blocks";

    private static final String USAGE = """
            usage: ./cockpit blocks list
                   ./cockpit blocks remove ID""";

    private BlocksCommand() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        System.exit(run(args, Config.create(), System.out, System.err));
    }

    static int run(String[] args, Config config, PrintStream out, PrintStream err) {
        CockpitSettings settings = CockpitSettings.from(config);
        Optional<Path> dataDir = settings.embeddedDatabase()
                ? Optional.of(DataDirectory.prepare(settings.dataDir())) : Optional.empty();
        return CommandRunner.run(NAME, List.of(args), BlocksCommand::execute, dataDir,
                Cockpit.databaseSettings(settings, 2), Cockpit.migrationKeys(settings), out, err);
    }

    /** The command on an open store, here or in the server. */
    static int execute(List<String> words, RelationalStore database, PrintStream out, PrintStream err) {
        Clock clock = Clock.systemUTC();
        BlockedAddressRepository repository = database.repository(JdbiBlockedAddressRepository::new);
        // only listing and lifting blocks: the rules for adding one do not come into play
        BlockedAddressService blocks = new BlockedAddressService(repository, new AddressBlocklist(repository, clock),
                database.repository(JdbiAuditLog::new), database.transactions(),
                new BlockRules(BlockRules.DEFAULT_WIDEST_IPV4, BlockRules.DEFAULT_WIDEST_IPV6, TrustedProxies.NONE),
                clock);
        if (words.size() == 1 && words.getFirst().equals("list")) {
            return list(blocks, out);
        }
        if (words.size() == 2 && words.getFirst().equals("remove")) {
            return remove(blocks, words.get(1), out, err);
        }
        err.println(USAGE);
        return 2;
    }

    /** Who the audit log names for changes made here. */
    static String actor() {
        String user = System.getProperty("user.name", "unknown").replaceAll("[^A-Za-z0-9._-]", "");
        String actor = "command-line:" + (user.isEmpty() ? "unknown" : user);
        return actor.substring(0, Math.min(actor.length(), 64));
    }

    private static int list(BlockedAddressService blocks, PrintStream out) {
        TextTable table = new TextTable("ID", "ADDRESS", "BLOCKED BY", "BLOCKED AT", "EXPIRES", "REASON");
        PageRequest page = PageRequest.first(100);
        while (true) {
            Page<BlockedAddress> found = blocks.list(actor(), page);
            for (BlockedAddress blocked : found.items()) {
                table.row(blocked.id(), blocked.range().text(), blocked.blockedBy(),
                        TextTable.time(Optional.of(blocked.blockedAt())), TextTable.time(blocked.expiresAt()),
                        blocked.reason().replaceAll("\\s+", " "));
            }
            if (found.next().isEmpty()) {
                break;
            }
            page = new PageRequest(100, found.next());
        }
        table.print(out);
        return 0;
    }

    private static int remove(BlockedAddressService blocks, String id, PrintStream out, PrintStream err) {
        try {
            blocks.unblock(actor(), id);
        } catch (DomainException notFound) {
            err.println("No block with id " + id + " (./cockpit blocks list shows them).");
            return 1;
        }
        out.println("Removed block " + id + ": every node serves its addresses again within a second.");
        return 0;
    }
}
