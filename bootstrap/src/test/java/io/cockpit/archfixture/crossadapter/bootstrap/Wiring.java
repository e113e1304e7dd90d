package io.cockpit.archfixture.crossadapter.bootstrap;

import io.cockpit.archfixture.crossadapter.application.service.OrderService;
import io.cockpit.archfixture.crossadapter.adapters.mysql.OrderTable;

/** Architecture fixture. */
public class Wiring {
    public OrderService service;
    public OrderTable table;
}
