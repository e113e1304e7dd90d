package io.cockpit.adapters.http.pipeline;

import io.helidon.webserver.CloseConnectionException;

/**
 * A body read cut off by its {@link ReadWatchdog}: the connection is closed already, so no answer can go out. Helidon
 * ends such a connection quietly; {@link AccessLog} logs the request as 408, not sent.
 */
public final class BodyCutOff extends CloseConnectionException {

    public BodyCutOff() {
        super("the body stopped arriving and was cut off");
    }
}
