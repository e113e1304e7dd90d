package io.cockpit.archfixture.onion.adapters.http;

import io.cockpit.archfixture.onion.application.port.OrderPort;

/** Architecture fixture. */
public class OrderApi {
    public OrderPort port;
}
