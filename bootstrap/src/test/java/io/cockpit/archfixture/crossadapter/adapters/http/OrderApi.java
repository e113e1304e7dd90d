package io.cockpit.archfixture.crossadapter.adapters.http;

import io.cockpit.archfixture.crossadapter.application.port.OrderPort;

/** Architecture fixture. */
public class OrderApi {
    public OrderPort port;
}
