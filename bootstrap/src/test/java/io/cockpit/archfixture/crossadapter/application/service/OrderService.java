package io.cockpit.archfixture.crossadapter.application.service;

import io.cockpit.archfixture.crossadapter.application.port.OrderPort;

/** Architecture fixture. */
public class OrderService {
    public OrderPort port;
}
