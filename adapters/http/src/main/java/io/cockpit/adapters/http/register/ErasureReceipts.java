package io.cockpit.adapters.http.register;

import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.api.model.ErasureReceipt;
import io.cockpit.domain.account.ErasureRequest;

/** An erasure request as its receipt on the wire: 202 with the id and where it stands. */
final class ErasureReceipts {

    private ErasureReceipts() {
    }

    static JsonReply accepted(ErasureRequest erasure) {
        return JsonReply.of(202, new ErasureReceipt(erasure.id().value(),
                ErasureReceipt.StatusEnum.fromValue(erasure.status().wireName()), Wire.utc(erasure.requestedAt()),
                erasure.completedAt().map(Wire::utc).orElse(null)));
    }
}
