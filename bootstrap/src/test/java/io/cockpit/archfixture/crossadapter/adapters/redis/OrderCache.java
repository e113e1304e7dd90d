package io.cockpit.archfixture.crossadapter.adapters.redis;

import io.cockpit.archfixture.crossadapter.application.port.OrderPort;

/** Architecture fixture. */
public class OrderCache {
    public OrderPort port;
}
