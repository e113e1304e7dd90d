package io.cockpit.archfixture.onion.adapters.argon2;

import io.cockpit.archfixture.onion.application.port.OrderPort;

/** Architecture fixture. */
public class OrderHasher {
    public OrderPort port;
}
