package io.cockpit.archfixture.cycle.a;

/** Architecture fixture: half of a package cycle. */
public class A {
    public io.cockpit.archfixture.cycle.b.B b;
}
