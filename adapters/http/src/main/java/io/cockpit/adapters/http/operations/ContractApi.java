package io.cockpit.adapters.http.operations;

import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.api.ContractService;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** GET /openapi: the contract, byte for byte as in api-spec/openapi.yaml. */
public final class ContractApi extends ContractService {

    private final byte[] document;

    public ContractApi(ApiContract contract) {
        this.document = contract.document();
    }

    @Override
    protected void handleGetContract(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, "application/yaml");
        response.send(document);
    }
}
