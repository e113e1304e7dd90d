package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.protection.BlockedAddressesApi;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.protection.JdbiBlockedAddressRepository;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.service.protection.AddressBlocklist;
import io.cockpit.application.service.protection.BlockedAddressService;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.domain.protection.SignInThrottle;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Blocked addresses (refreshed on every node) and the brute-force limits. */
public final class ProtectionCapability implements Capability {

    private final AddressBlocklist blocklist;
    private final BruteForceGuard guard;
    private final BlockedAddressService blockedAddresses;

    public ProtectionCapability(Platform platform) {
        BlockedAddressRepository repository = platform.repository(JdbiBlockedAddressRepository::new);
        this.blocklist = new AddressBlocklist(repository, platform.clock());
        blocklist.refresh();
        long refresh = platform.settings().blocklistRefresh().toMillis();
        platform.scheduler().scheduleWithFixedDelay(() -> refreshQuietly(blocklist), refresh, refresh,
                TimeUnit.MILLISECONDS);
        this.guard = new BruteForceGuard(platform.attemptCounter(), platform.secret(), blocklist,
                SignInThrottle.DEFAULT.withIpv6SourcePrefix(platform.settings().ipv6SourcePrefix()),
                platform.settings().trustedProxies(), platform.clock());
        this.blockedAddresses = new BlockedAddressService(repository, blocklist,
                platform.repository(JdbiAuditLog::new), platform.transactions(), platform.clock());
    }

    public AddressBlocklist blocklist() {
        return blocklist;
    }

    public BruteForceGuard guard() {
        return guard;
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(BlockedAddressesApi.routes(blockedAddresses));
    }

    private static void refreshQuietly(AddressBlocklist blocklist) {
        try {
            blocklist.refresh();
        } catch (RuntimeException e) {
            // the previous snapshot stays in force; the next run tries again
            System.getLogger(ProtectionCapability.class.getName()).log(System.Logger.Level.WARNING,
                    "refreshing the blocked addresses failed", e);
        }
    }
}
