package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.protection.BlockedAddressesApi;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.protection.JdbiBlockedAddressRepository;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.application.service.protection.AddressBlocklist;
import io.cockpit.application.service.protection.BlockedAddressService;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.application.service.shared.LeasedJob;
import io.cockpit.application.service.shared.StoreOutage;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.protection.ProtectionPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Blocked addresses (every node follows changes within {@code cockpit.blocklist.refresh}; one node at a time removes
 * expired ones) and the brute-force limits.
 */
public final class ProtectionCapability implements Capability {

    /** The leased job that removes expired blocks. */
    public static final String EXPIRED_BLOCKS_JOB = "expired-blocks";

    private static final System.Logger LOG = System.getLogger(ProtectionCapability.class.getName());

    private final AddressBlocklist blocklist;
    private final BruteForceGuard guard;
    private final BlockedAddressService blockedAddresses;

    public ProtectionCapability(Platform platform) {
        BlockedAddressRepository repository = platform.repository(JdbiBlockedAddressRepository::new);
        this.blocklist = new AddressBlocklist(repository, platform.clock());
        blocklist.refresh();
        long refresh = platform.settings().blocklistRefresh().toMillis();
        StoreOutage outage = new StoreOutage(LOG, "refreshing the blocked addresses", platform.clock());
        platform.scheduler().scheduleWithFixedDelay(() -> refreshQuietly(blocklist, outage), refresh, refresh,
                TimeUnit.MILLISECONDS);
        this.guard = new BruteForceGuard(platform.attemptCounter(), platform.secret(), blocklist,
                SignInThrottle.DEFAULT.withIpv6SourcePrefix(platform.settings().ipv6SourcePrefix()),
                platform.settings().trustedProxies(), platform.clock());
        this.blockedAddresses = new BlockedAddressService(repository, blocklist,
                platform.repository(JdbiAuditLog::new), platform.transactions(), platform.settings().blockRules(),
                platform.clock());
        CockpitSettings.JobTiming timing = platform.settings().expiredBlocksJob();
        platform.jobs().schedule(new LeasedJob(EXPIRED_BLOCKS_JOB, timing.interval(), timing.lease(),
                () -> removeExpired(blockedAddresses)));
    }

    private static void removeExpired(BlockedAddressService blockedAddresses) {
        int removed = blockedAddresses.removeExpired();
        if (removed > 0) {
            LOG.log(System.Logger.Level.INFO, "removed " + removed + " expired block(s)");
        }
    }

    public AddressBlocklist blocklist() {
        return blocklist;
    }

    public BruteForceGuard guard() {
        return guard;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return ProtectionPersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(BlockedAddressesApi.routes(blockedAddresses));
    }

    private static void refreshQuietly(AddressBlocklist blocklist, StoreOutage outage) {
        try {
            blocklist.refreshIfChanged();
            outage.succeeded();
        } catch (StoreUnavailable away) {
            outage.failed(away);
        } catch (RuntimeException e) {
            // the previous snapshot stays in force; the next run tries again
            LOG.log(System.Logger.Level.WARNING, "refreshing the blocked addresses failed", e);
        }
    }
}
