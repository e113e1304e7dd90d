package io.cockpit.archfixture.impuredomain.domain;

/** Architecture fixture: a framework in the domain. */
public class Money {
    public com.fasterxml.jackson.databind.ObjectMapper mapper;
}
