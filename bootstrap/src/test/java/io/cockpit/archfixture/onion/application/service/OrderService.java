package io.cockpit.archfixture.onion.application.service;

import io.cockpit.archfixture.onion.application.port.OrderPort;

/** Architecture fixture. */
public class OrderService {
    public OrderPort port;
}
