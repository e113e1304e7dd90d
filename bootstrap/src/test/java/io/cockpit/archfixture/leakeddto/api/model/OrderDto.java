package io.cockpit.archfixture.leakeddto.api.model;

/** Architecture fixture: stands for a generated DTO. */
public class OrderDto {
}
