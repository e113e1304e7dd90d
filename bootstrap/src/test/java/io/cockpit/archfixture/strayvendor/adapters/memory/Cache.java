package io.cockpit.archfixture.strayvendor.adapters.memory;

/** Architecture fixture: the Redis client outside the Redis adapter. */
public class Cache {
    public io.lettuce.core.RedisClient client;
}
