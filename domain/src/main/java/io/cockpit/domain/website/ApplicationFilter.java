package io.cockpit.domain.website;

import java.util.Objects;
import java.util.Optional;

/** Which applications the operator wants to see; an empty criterion matches all. */
public record ApplicationFilter(Optional<JobReference> jobReference, Optional<ApplicationStatus> status) {

    public static final ApplicationFilter ALL = new ApplicationFilter(Optional.empty(), Optional.empty());

    public ApplicationFilter {
        Objects.requireNonNull(jobReference, "jobReference");
        Objects.requireNonNull(status, "status");
    }

    public boolean matches(Application application) {
        return jobReference.map(job -> job.equals(application.jobReference())).orElse(true)
                && status.map(s -> s == application.status()).orElse(true);
    }
}
