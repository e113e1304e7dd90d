package io.cockpit.archfixture.crossadapter.bootstrap;

import io.cockpit.archfixture.crossadapter.adapters.mysql.OrderTable;
import io.cockpit.archfixture.crossadapter.application.service.OrderService;

/** Architecture fixture. */
public class Wiring {
    public OrderService service;
    public OrderTable table;
}
