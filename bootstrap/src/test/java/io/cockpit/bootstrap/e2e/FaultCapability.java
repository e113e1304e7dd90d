package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.bootstrap.capability.Capability;
import io.cockpit.bootstrap.capability.Platform;
import io.cockpit.domain.register.PersonalDataCategory;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * Exists only in tests: any {@code /v1} request that passed the contract filter and carries {@code X-Test-Fault}
 * fails with an unexpected exception whose message is that header's text, so a 500 with chosen content goes
 * through the central error handling (and error reporting) as a real bug would; with {@link #STORE_AWAY} as the text,
 * as a store that did not answer fails it (the stores' own tests show which failures become that). Added by the
 * fixture before every real capability; Main never has it.
 */
final class FaultCapability implements Capability {

    static final String HEADER = "X-Test-Fault";
    static final String STORE_AWAY = "store-away";

    FaultCapability(Platform platform) {
    }

    @Override
    public List<HttpRoutes> routes() {
        HttpService faults = new HttpService() {
            @Override
            public void routing(HttpRules rules) {
                rules.any((request, response) -> {
                    var fault = request.headers().first(HeaderNames.create(HEADER));
                    if (fault.isPresent() && fault.get().equals(STORE_AWAY)) {
                        throw new StoreUnavailable("the database", new SQLTransientConnectionException(
                                "cockpit-h2 - Connection is not available, request timed out after 10000ms."));
                    }
                    if (fault.isPresent()) {
                        throw new IllegalStateException(fault.get());
                    }
                    response.next();
                });
            }
        };
        return List.of(new HttpRoutes("/v1", faults));
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return List.of();
    }
}
