package io.cockpit.archfixture.frameworkapp.application;

/** Architecture fixture: a database library in a use case. */
public class OrderService {
    public org.jdbi.v3.core.Jdbi jdbi;
}
