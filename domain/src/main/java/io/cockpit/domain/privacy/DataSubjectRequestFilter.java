package io.cockpit.domain.privacy;

import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Which data-subject requests the operator wants to see; an empty criterion matches all. */
public record DataSubjectRequestFilter(Optional<DataSubjectRequestStatus> status, Optional<DataSubjectRequestType> type,
                                       Optional<Boolean> overdue, Optional<UserId> userId) {

    public static final DataSubjectRequestFilter ALL = new DataSubjectRequestFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public DataSubjectRequestFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(userId, "userId");
    }

    public boolean matches(DataSubjectRequest request, Instant now) {
        return status.map(s -> s == request.status()).orElse(true)
                && type.map(t -> t == request.type()).orElse(true)
                && overdue.map(o -> o == request.overdue(now)).orElse(true)
                && userId.map(u -> u.equals(request.userId())).orElse(true);
    }
}
