package io.cockpit.archfixture.onion.bootstrap;

import io.cockpit.archfixture.onion.adapters.mysql.OrderTable;
import io.cockpit.archfixture.onion.application.service.OrderService;

/** Architecture fixture. */
public class Wiring {
    public OrderService service;
    public OrderTable table;
}
