package io.cockpit.archfixture.onion.adapters.redis;

import io.cockpit.archfixture.onion.application.port.OrderPort;

/** Architecture fixture. */
public class OrderCache {
    public OrderPort port;
}
