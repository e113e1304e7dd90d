package io.cockpit.adapters.http.protection;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.api.OperatorBlockedAddressesService;
import io.cockpit.api.model.BlockAddressRequest;
import io.cockpit.api.model.BlockedAddressPage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.protection.ManageBlockedAddressesUseCase;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockedAddress;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.LineText;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's blocked addresses ({@code operatorAuth}); the use cases audit every call under the key's name. A
 * block is checked against the address the operator calls from, so that it cannot lock them out.
 */
public final class BlockedAddressesApi extends OperatorBlockedAddressesService {

    /** The block rules' refusals, and the field each concerns. */
    private static final Map<ErrorCode, String> RULE_FIELDS = Map.of(
            ErrorCode.BLOCKED_ADDRESS_TOO_WIDE, "/address",
            ErrorCode.BLOCKED_ADDRESS_INCLUDES_CALLER, "/address",
            ErrorCode.BLOCKED_ADDRESS_INCLUDES_TRUSTED_PROXY, "/address",
            ErrorCode.BLOCKED_ADDRESS_EXPIRY_PASSED, "/expiresAt");

    private final ManageBlockedAddressesUseCase blockedAddresses;

    private BlockedAddressesApi(ManageBlockedAddressesUseCase blockedAddresses) {
        this.blockedAddresses = blockedAddresses;
    }

    public static HttpRoutes routes(ManageBlockedAddressesUseCase blockedAddresses) {
        return new HttpRoutes(PATH_PREFIX, new BlockedAddressesApi(blockedAddresses));
    }

    @Override
    protected void handleListBlockedAddresses(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                              Optional<String> cursor) {
        Page<BlockedAddress> page = blockedAddresses.list(operator(request), Paging.request(request, limit, cursor));
        JsonReply.of(200, new BlockedAddressPage(page.items().stream().map(BlockedAddressesApi::toDto).toList(),
                Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleBlockAddress(ServerRequest request, ServerResponse response, BlockAddressRequest body) {
        AddressRange range = FieldCollector.forField("/address", () -> AddressRange.parse(body.getAddress()));
        String reason = FieldCollector.forField("/reason",
                () -> LineText.line(body.getReason(), "reason", BlockedAddress.MAX_REASON));
        Optional<Instant> expiresAt = Optional.ofNullable(body.getExpiresAt()).map(OffsetDateTime::toInstant);
        BlockedAddress blocked = FieldCollector.refusalsOfFields(RULE_FIELDS, () -> blockedAddresses.block(
                operator(request), RequestInfo.require(request).client(), range, reason, expiresAt));
        JsonReply.of(201, toDto(blocked))
                .withHeader("Location", "/v1/operator/blocked-addresses/" + blocked.id())
                .send(response);
    }

    @Override
    protected void handleUnblockAddress(ServerRequest request, ServerResponse response, String blockId) {
        blockedAddresses.unblock(operator(request), blockId);
        response.status(Status.NO_CONTENT_204).send();
    }

    private static String operator(ServerRequest request) {
        return Callers.operator(request).value();
    }

    private static io.cockpit.api.model.BlockedAddress toDto(BlockedAddress blocked) {
        return new io.cockpit.api.model.BlockedAddress(blocked.id(), blocked.range().text(), blocked.reason(),
                blocked.blockedBy(), Wire.utc(blocked.blockedAt()), Wire.utc(blocked.expiresAt().orElse(null)));
    }
}
