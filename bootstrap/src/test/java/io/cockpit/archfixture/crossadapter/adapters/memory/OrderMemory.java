package io.cockpit.archfixture.crossadapter.adapters.memory;

import io.cockpit.archfixture.crossadapter.application.port.OrderPort;

/** Architecture fixture. */
public class OrderMemory {
    public OrderPort port;
}
