package io.cockpit.adapters.http.account;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.ParameterValues;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.OperatorAccountsService;
import io.cockpit.api.model.ContractStatus;
import io.cockpit.api.model.OperatorAccount;
import io.cockpit.api.model.OperatorAccountList;
import io.cockpit.application.port.in.account.FindAccountByEmailQuery;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.EmailAddress;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /v1/operator/accounts?email=}: the account behind an e-mailed request, with no more than handling needs. */
public final class OperatorAccountsApi extends OperatorAccountsService {

    private final FindAccountByEmailQuery lookup;

    private OperatorAccountsApi(FindAccountByEmailQuery lookup) {
        this.lookup = lookup;
    }

    public static HttpRoutes routes(FindAccountByEmailQuery lookup) {
        return new HttpRoutes(PATH_PREFIX, new OperatorAccountsApi(lookup));
    }

    @Override
    protected void handleFindAccountByEmail(ServerRequest request, ServerResponse response, String email) {
        EmailAddress address = ParameterValues.parse("query", "email", () -> new EmailAddress(email));
        JsonReply.of(200, new OperatorAccountList(lookup.findByEmail(Callers.operator(request).value(), address)
                .map(OperatorAccountsApi::toDto).stream().toList())).send(response);
    }

    private static OperatorAccount toDto(Account account) {
        return new OperatorAccount(account.userId().value(),
                ContractStatus.fromValue(account.contract().status().wireName()), Wire.utc(account.createdAt()),
                Wire.utc(account.contract().archivedAt()), Wire.utc(account.contract().deletionDueAt()));
    }
}
