package io.cockpit.archfixture.cycle.b;

/** Architecture fixture: the other half of a package cycle. */
public class B {
    public io.cockpit.archfixture.cycle.a.A a;
}
