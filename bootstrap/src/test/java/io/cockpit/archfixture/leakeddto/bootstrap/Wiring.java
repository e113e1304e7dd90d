package io.cockpit.archfixture.leakeddto.bootstrap;

import io.cockpit.archfixture.leakeddto.api.model.OrderDto;

/** Architecture fixture: a generated DTO outside the HTTP adapter. */
public class Wiring {
    public OrderDto dto;
}
