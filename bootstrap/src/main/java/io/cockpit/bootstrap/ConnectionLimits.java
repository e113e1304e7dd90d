package io.cockpit.bootstrap;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * How many connections each port holds at once: fewer than the process may open files. Helidon's listener stops
 * listening for good when an accept fails with "Too many open files" (an attack of 4 December held 19,900 idle
 * connections against a limit of 20,000: the API port was gone until a restart). At the limit the listener waits
 * before it accepts the next connection instead; waiting clients queue in the kernel's backlog.
 */
final class ConnectionLimits {

    /** The management port serves {@code /metrics} to a scraper or two. */
    static final int MANAGEMENT = 64;
    /** Files kept for everything else: the database pool, Redis, InfluxDB, H2's file, the JVM's own. */
    private static final long RESERVED = 512;
    private static final int LEAST = 64;

    private ConnectionLimits() {
    }

    /** The API port's limit under this process's file limit. */
    static int api() {
        return api(maxOpenFiles());
    }

    /** Three quarters of {@code maxOpenFiles}, and at least {@link #RESERVED} fewer; never under 64. */
    static int api(long maxOpenFiles) {
        long limit = Math.min(maxOpenFiles - RESERVED, maxOpenFiles / 4 * 3);
        return (int) Math.max(LEAST, Math.min(Integer.MAX_VALUE, limit));
    }

    private static long maxOpenFiles() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.UnixOperatingSystemMXBean unix
                ? unix.getMaxFileDescriptorCount() : 4096;
    }
}
