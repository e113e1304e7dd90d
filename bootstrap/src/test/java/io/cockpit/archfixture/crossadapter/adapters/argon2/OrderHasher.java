package io.cockpit.archfixture.crossadapter.adapters.argon2;

import io.cockpit.archfixture.crossadapter.application.port.OrderPort;

/** Architecture fixture. */
public class OrderHasher {
    public OrderPort port;
}
