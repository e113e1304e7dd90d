package io.cockpit.archfixture.onion.adapters.mysql;

import io.cockpit.archfixture.onion.application.port.OrderPort;

/** Architecture fixture. */
public class OrderTable {
    public OrderPort port;
}
