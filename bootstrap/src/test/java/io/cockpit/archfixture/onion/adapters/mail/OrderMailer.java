package io.cockpit.archfixture.onion.adapters.mail;

import io.cockpit.archfixture.onion.application.port.OrderPort;

/** Architecture fixture. */
public class OrderMailer {
    public OrderPort port;
}
