package io.cockpit.archfixture.onion.adapters.posthog;

import io.cockpit.archfixture.onion.application.port.OrderPort;

/** Architecture fixture. */
public class OrderEvents {
    public OrderPort port;
}
