package io.cockpit.archfixture.onion.adapters.memory;

import io.cockpit.archfixture.onion.application.port.OrderPort;

/** Architecture fixture. */
public class OrderMemory {
    public OrderPort port;
}
