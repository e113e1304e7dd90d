package io.cockpit.adapters.http.account;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.IdempotentWrites;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.PartnerAccountsService;
import io.cockpit.api.model.AccountChange;
import io.cockpit.api.model.ProvisionAccountRequest;
import io.cockpit.application.port.in.account.ChangeAccountUseCase;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase;
import io.cockpit.application.port.in.account.ErasedAccountsQuery;
import io.cockpit.application.port.in.account.FindPartnerAccountQuery;
import io.cockpit.application.port.in.account.IssueActivationUseCase;
import io.cockpit.application.port.in.account.ProvisionAccountUseCase.AlreadyProvisioned;
import io.cockpit.application.port.in.account.ProvisionAccountUseCase.Provisioned;
import io.cockpit.application.port.in.account.ProvisionAccountUseCase;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.shared.DomainException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** The partner's account endpoints ({@code partnerAuth}); a partner only ever reaches accounts it provisioned. */
public final class PartnerAccountsApi extends PartnerAccountsService {

    private final ProvisionAccountUseCase provisioning;
    private final FindPartnerAccountQuery accounts;
    private final ChangeAccountUseCase changes;
    private final IssueActivationUseCase activations;
    private final IdempotentWrites idempotentWrites;

    private final ErasedAccountsQuery erased;

    private PartnerAccountsApi(ProvisionAccountUseCase provisioning, FindPartnerAccountQuery accounts,
                               ChangeAccountUseCase changes, IssueActivationUseCase activations,
                               IdempotentWrites idempotentWrites, ErasedAccountsQuery erased) {
        this.erased = erased;
        this.provisioning = provisioning;
        this.accounts = accounts;
        this.changes = changes;
        this.activations = activations;
        this.idempotentWrites = idempotentWrites;
    }

    public static HttpRoutes routes(ProvisionAccountUseCase provisioning, FindPartnerAccountQuery accounts,
                                    ChangeAccountUseCase changes, IssueActivationUseCase activations,
                                    IdempotentRequestsUseCase idempotency, ErasedAccountsQuery erased) {
        return new HttpRoutes(PATH_PREFIX, new PartnerAccountsApi(provisioning, accounts, changes, activations,
                new IdempotentWrites(idempotency), erased));
    }

    @Override
    protected void handleProvisionAccount(ServerRequest request, ServerResponse response,
                                          ProvisionAccountRequest body, Optional<String> idempotencyKey) {
        PartnerId partner = partner(request);
        // a recorded answer names an account: once that is erased (or its erasure runs) it is not answered again
        idempotentWrites.run(request, scope(partner), idempotencyKey, body,
                () -> visible(partner, body.getExternalId()), () ->
                switch (provisioning.provision(PartnerAccountMapper.toNewAccount(partner, body))) {
                    case Provisioned created -> JsonReply.of(201,
                                    PartnerAccountMapper.toProvisionedAccount(created.account(), created.activation()))
                            .withHeader("Location", PartnerAccountMapper.location(created.account()));
                    case AlreadyProvisioned existing -> JsonReply.of(200,
                                    PartnerAccountMapper.toPartnerAccount(existing.account()))
                            .withHeader("Location", PartnerAccountMapper.location(existing.account()));
                }).send(response);
    }

    private boolean visible(PartnerId partner, String externalId) {
        try {
            accounts.find(partner, new ExternalId(externalId));
            return true;
        } catch (DomainException notFound) {
            return false;
        }
    }

    @Override
    protected void handleListErasedAccounts(ServerRequest request, ServerResponse response,
                                            java.time.OffsetDateTime deletedSince,
                                            java.util.Optional<Integer> limit, java.util.Optional<String> cursor) {
        io.cockpit.application.paging.Page<io.cockpit.domain.account.ErasedAccount> page = erased.erasedSince(
                partner(request), deletedSince.toInstant(),
                io.cockpit.adapters.http.handler.Paging.request(request, limit, cursor));
        JsonReply.of(200, new io.cockpit.api.model.ErasedAccountPage(page.items().stream()
                .map(account -> new io.cockpit.api.model.ErasedAccount(account.externalId().value(),
                        io.cockpit.adapters.http.handler.Wire.utc(account.deletedAt()))).toList(),
                io.cockpit.adapters.http.handler.Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleGetPartnerAccount(ServerRequest request, ServerResponse response, String externalId) {
        JsonReply.of(200, PartnerAccountMapper.toPartnerAccount(
                accounts.find(partner(request), new ExternalId(externalId)))).send(response);
    }

    @Override
    protected void handleChangePartnerAccount(ServerRequest request, ServerResponse response, String externalId,
                                              AccountChange body) {
        JsonReply.of(200, PartnerAccountMapper.toPartnerAccount(changes.change(
                PartnerAccountMapper.toCommand(partner(request), new ExternalId(externalId), body)))).send(response);
    }

    @Override
    protected void handleIssueActivationToken(ServerRequest request, ServerResponse response, String externalId,
                                              Optional<String> idempotencyKey) {
        PartnerId partner = partner(request);
        idempotentWrites.run(request, scope(partner), idempotencyKey, null, () -> JsonReply.of(201,
                        PartnerAccountMapper.toActivationGrant(activations.issue(partner, new ExternalId(externalId)))))
                .send(response);
    }

    private static PartnerId partner(ServerRequest request) {
        return Callers.partner(request);
    }

    private static String scope(PartnerId partner) {
        return "partner:" + partner.value();
    }
}
