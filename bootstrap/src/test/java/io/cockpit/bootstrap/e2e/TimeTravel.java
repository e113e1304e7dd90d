package io.cockpit.bootstrap.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a scenario: the test runs against a server of its own, whose clock it may move with
 * {@link CockpitFixture#travel}, and which is stopped after it. No other test sees that clock.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface TimeTravel {
}
