package io.cockpit.archfixture.crossadapter.adapters.mysql;

import io.cockpit.archfixture.crossadapter.application.port.OrderPort;

/** Architecture fixture. */
public class OrderTable {
    public OrderPort port;
    /** The planted violation: one adapter uses another. */
    public io.cockpit.archfixture.crossadapter.adapters.redis.OrderCache cache;
}
