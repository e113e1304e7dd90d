package io.cockpit.adapters.http.account;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MeAccountService;
import io.cockpit.api.model.ContractStatus;
import io.cockpit.api.model.MyAccount;
import io.cockpit.api.model.Notice;
import io.cockpit.application.port.in.account.MyAccountQuery;
import io.cockpit.domain.account.Account;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /v1/me}: the signed-in user's own account, with the notices about their contract. */
public final class MyAccountApi extends MeAccountService {

    private final MyAccountQuery myAccount;

    private MyAccountApi(MyAccountQuery myAccount) {
        this.myAccount = myAccount;
    }

    public static HttpRoutes routes(MyAccountQuery myAccount) {
        return new HttpRoutes(PATH_PREFIX, new MyAccountApi(myAccount));
    }

    @Override
    protected void handleGetMyAccount(ServerRequest request, ServerResponse response) {
        MyAccountQuery.MyAccount mine = myAccount.myAccount(Callers.user(request));
        Account account = mine.account();
        JsonReply.of(200, new MyAccount(account.userId().value(), account.trackingId().value(), account.email().value(),
                account.name().value(), ContractStatus.fromValue(account.contract().status().wireName()),
                mine.notices().stream().map(n -> new Notice(Notice.CodeEnum.fromValue(n.code()), n.text())).toList()))
                .send(response);
    }
}
