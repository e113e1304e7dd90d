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

    static String email() {
        return "user" + COUNTER.incrementAndGet() + "@example.com";
    }

    static String provisionBody(String externalId, String email, String name, String status) {
        return "{\"externalId\":\"" + externalId + "\",\"email\":\"" + email + "\",\"name\":\"" + name
                + "\",\"contractStatus\":\"" + status + "\"}";
    }
}
