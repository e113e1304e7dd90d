package io.cockpit.archfixture.onion.application.port;

import io.cockpit.archfixture.onion.domain.Order;

/** Architecture fixture. */
public class OrderPort {
    public Order order;
}
