package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for messages: UUID version 7 (RFC 9562), time-ordered, so the rows of a big sync append to the primary key
 * instead of landing at random places in it. Not secret: the random bits only keep ids apart.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    public static ItemId next(Instant now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = now.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long mostSignificant = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new ItemId(new UUID(mostSignificant, leastSignificant).toString());
    }
}
