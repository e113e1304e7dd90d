package io.cockpit.application.port.out.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * Leases on named background jobs, held in the store all nodes share, so that one node at a time runs each job.
 * A lease runs out {@code ttl} after it was last taken or renewed; a node that dies loses it then.
 */
public interface JobLeases {

    /**
     * Takes the lease on {@code job} for {@code holder} until {@code now + ttl}, or renews it if {@code holder} holds
     * it already. {@code false} while another holder's lease has not run out; of holders asking at once for a free
     * lease, exactly one gets it.
     */
    boolean acquire(String job, String holder, Instant now, Duration ttl);

    /** Gives the lease up if {@code holder} holds it, so that another node may take it at once. */
    void release(String job, String holder);
}
