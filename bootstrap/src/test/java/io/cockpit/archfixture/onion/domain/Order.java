package io.cockpit.archfixture.onion.domain;

/** Architecture fixture. */
public class Order {
    /** The planted violation: the domain reaches into a use case. */
    public io.cockpit.archfixture.onion.application.service.OrderService service;
}
