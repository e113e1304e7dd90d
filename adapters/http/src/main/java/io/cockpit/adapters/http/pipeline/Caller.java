package io.cockpit.adapters.http.pipeline;

import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.UserId;

/** Who is calling, as established by the operation's security scheme. */
public sealed interface Caller {

    /** The sales partner's integration ({@code partnerAuth}). */
    record Partner(PartnerId partnerId) implements Caller {
    }

    /** A member of the operator's staff ({@code operatorAuth}); the key name goes into the audit log. */
    record Operator(ApiKeyName keyName) implements Caller {
    }

    /**
     * A bearer token that the handler's use case checks itself ({@code uploadToken}: it opens one application, so
     * only the use case knows whether it fits). Its text never shows.
     */
    record Bearer(String token) implements Caller {
        @Override
        public String toString() {
            return "Bearer[redacted]";
        }
    }

    /** A signed-in user ({@code sessionAuth} or {@code sessionCookie}). */
    record User(UserId userId, SessionId sessionId, boolean viaCookie) implements Caller {
    }
}
