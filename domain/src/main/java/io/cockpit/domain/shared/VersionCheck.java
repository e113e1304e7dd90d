package io.cockpit.domain.shared;

import java.util.Set;

/**
 * What a change expects of the stored version (from {@code If-Match}): any version, or one of some. Lost updates
 * between devices are refused with {@code precondition.failed}.
 */
public record VersionCheck(boolean any, Set<Long> versions) {

    public static final VersionCheck ANY = new VersionCheck(true, Set.of());

    public VersionCheck {
        versions = Set.copyOf(versions);
    }

    public static VersionCheck exactly(long version) {
        return new VersionCheck(false, Set.of(version));
    }

    public boolean accepts(long current) {
        return any || versions.contains(current);
    }

    /** @throws DomainException {@code precondition.failed} unless {@code current} is accepted */
    public void require(long current) {
        if (!accepts(current)) {
            throw changedMeanwhile();
        }
    }

    /** The refusal when the stored version is not the one a change was based on. */
    public static DomainException changedMeanwhile() {
        return new DomainException(ErrorCode.PRECONDITION_FAILED,
                "This was changed meanwhile (e.g. on another device): read it again, then change it.");
    }
}
