package io.cockpit.adapters.http.operations;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Checks each {@link ServedPort} every {@code interval}, each on a platform thread of its own, and keeps the result,
 * so that a probe's answer only reads it: a check waits up to its connect timeout when the port's backlog is full,
 * which a probe with Kubernetes' 1 s timeout could not.
 */
final class PortWatch implements AutoCloseable {

    private final List<ServedPort> ports;
    private final ScheduledExecutorService checks;
    private final Set<ServedPort> refusing = ConcurrentHashMap.newKeySet();

    PortWatch(List<ServedPort> ports, Duration interval) {
        this.ports = List.copyOf(ports);
        this.checks = Executors.newScheduledThreadPool(Math.max(1, ports.size()),
                Thread.ofPlatform().daemon().name("cockpit-port-check-", 0).factory());
        for (ServedPort port : this.ports) {
            checks.scheduleWithFixedDelay(() -> check(port), 0, interval.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void check(ServedPort port) {
        try {
            if (port.refusesConnections()) {
                refusing.add(port);
            } else {
                refusing.remove(port);
            }
        } catch (RuntimeException e) {
            // a check that throws would end its schedule, and the last result would stand for good
            refusing.remove(port);
        }
    }

    /** The first port, in the given order, that refused connections at its last check. */
    Optional<ServedPort> refusing() {
        return ports.stream().filter(refusing::contains).findFirst();
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
