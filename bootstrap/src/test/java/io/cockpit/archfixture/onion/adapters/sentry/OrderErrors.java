package io.cockpit.archfixture.onion.adapters.sentry;

import io.cockpit.archfixture.onion.application.port.OrderPort;

/** Architecture fixture. */
public class OrderErrors {
    public OrderPort port;
}
