package io.cockpit.adapters.http.account;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MeAccountService;
import io.cockpit.api.model.ContractStatus;
import io.cockpit.api.model.MyAccount;
import io.cockpit.api.model.MyAccountChange;
import io.cockpit.api.model.Notice;
import io.cockpit.application.port.in.account.MyAccountQuery;
import io.cockpit.application.port.in.account.RectifyMyAccountUseCase;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.account.UserId;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /v1/me}: the signed-in user's own account, with the notices about their contract; {@code PATCH /v1/me}:
 * the user corrects their name (the rest is the partner's to change).
 */
public final class MyAccountApi extends MeAccountService {

    private final MyAccountQuery myAccount;
    private final RectifyMyAccountUseCase rectification;

    private MyAccountApi(MyAccountQuery myAccount, RectifyMyAccountUseCase rectification) {
        this.myAccount = myAccount;
        this.rectification = rectification;
    }

    public static HttpRoutes routes(MyAccountQuery myAccount, RectifyMyAccountUseCase rectification) {
        return new HttpRoutes(PATH_PREFIX, new MyAccountApi(myAccount, rectification));
    }

    @Override
    protected void handleGetMyAccount(ServerRequest request, ServerResponse response) {
        reply(myAccount.myAccount(Callers.user(request))).send(response);
    }

    @Override
    protected void handleRectifyMyAccount(ServerRequest request, ServerResponse response, MyAccountChange body) {
        UserId user = Callers.user(request);
        if (body.getName() == null) {
            reply(myAccount.myAccount(user)).send(response);
            return;
        }
        PersonName name = FieldCollector.forField("/name", () -> new PersonName(body.getName()));
        reply(rectification.rectifyName(user, name)).send(response);
    }

    private static JsonReply reply(MyAccountQuery.MyAccount mine) {
        Account account = mine.account();
        return JsonReply.of(200, new MyAccount(account.userId().value(), account.trackingId().value(),
                account.email().value(), account.name().value(),
                ContractStatus.fromValue(account.contract().status().wireName()),
                mine.notices().stream().map(n -> new Notice(Notice.CodeEnum.fromValue(n.code()), n.text())).toList()));
    }
}
