package io.cockpit.archfixture.crossadapter.domain;

/** Architecture fixture. */
public class Order {
}
