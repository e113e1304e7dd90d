package io.cockpit.archfixture.crossadapter.application.port;

import io.cockpit.archfixture.crossadapter.domain.Order;

/** Architecture fixture. */
public class OrderPort {
    public Order order;
}
