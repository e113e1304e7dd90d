package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;

import java.util.List;

/**
 * One vertical slice of the product (access, account, settings, ...), wired: its services built by constructor
 * calls on the {@link Platform}, and the HTTP routes that drive them. Adding a capability adds one class and one
 * line in {@code Cockpit}.
 */
public interface Capability {

    List<HttpRoutes> routes();
}
