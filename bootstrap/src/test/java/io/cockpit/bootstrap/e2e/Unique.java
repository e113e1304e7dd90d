package io.cockpit.bootstrap.e2e;

import java.util.concurrent.atomic.AtomicLong;

/** Test data no other test uses. */
final class Unique {

    private static final AtomicLong COUNTER = new AtomicLong(System.currentTimeMillis() % 10_000_000);

    private Unique() {
    }

    static String id(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }

    /** A client address no other test uses (10.0.0.0/8 has room for millions). */
    static String address() {
        long n = COUNTER.incrementAndGet();
        return "10." + ((n >> 16) & 0xFF) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
    }

    /** An IPv6 /64 network no other test uses, as its first four groups ({@code 2001:db8:1:2c}): add "::host". */
    static String ipv6Network() {
        long n = COUNTER.incrementAndGet();
        return "2001:db8:" + Long.toHexString((n >> 16) & 0xFFFF) + ":" + Long.toHexString(n & 0xFFFF);
    }

    static String email() {
        return "user" + COUNTER.incrementAndGet() + "@example.com";
    }

    static String provisionBody(String externalId, String email, String name, String status) {
        return "{\"externalId\":\"" + externalId + "\",\"email\":\"" + email + "\",\"name\":\"" + name
                + "\",\"contractStatus\":\"" + status + "\"}";
    }
}
