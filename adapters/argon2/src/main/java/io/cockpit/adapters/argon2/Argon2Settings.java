package io.cockpit.adapters.argon2;

/**
 * Argon2id cost parameters. Chosen so that one hash takes 50-150 ms on the production machines (2 cores); the
 * benchmark script prints the measured sign-in latency. Changing them upgrades every hash at its next sign-in.
 *
 * @param memoryKiB   memory per hash in KiB
 * @param iterations  passes over the memory
 * @param parallelism lanes
 */
public record Argon2Settings(int memoryKiB, int iterations, int parallelism) {

    public static final Argon2Settings DEFAULT = new Argon2Settings(32_768, 3, 1);

    public Argon2Settings {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2 needs memory >= 8 KiB per lane, iterations >= 1, lanes >= 1");
        }
    }
}
