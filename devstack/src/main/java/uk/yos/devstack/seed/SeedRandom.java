package uk.yos.devstack.seed;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one source of randomness of a seeded population: the same seed gives the same records, byte for byte. Each
 * service's generator takes its own stream ({@link #stream(String)}), so a change to one never shifts another's.
 */
final class SeedRandom {

    private final SplittableRandom random;

    SeedRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream for one part of the population, fixed by the seed and the name. */
    SeedRandom stream(String name) {
        return new SeedRandom(random.split().nextLong() ^ name.hashCode());
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** One of {@code values}, each as likely as its weight. */
    <T> T weighted(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights");
    }

    /** A date from {@code first} to {@code last}, both included. */
    LocalDate dateBetween(LocalDate first, LocalDate last) {
        long span = last.toEpochDay() - first.toEpochDay();
        return span <= 0 ? first : first.plusDays(random.nextLong(span + 1));
    }

    /** A time during working hours on {@code day}. */
    LocalDateTime during(LocalDate day) {
        return day.atTime(between(8, 17), between(0, 59), between(0, 59), between(0, 999) * 1_000_000);
    }

    /**
     * A version 7 UUID (as the services make them: time-ordered, so indexes on ids stay compact) for a record
     * created at {@code createdAt}, as the 16 bytes of a {@code BINARY(16)} column.
     */
    byte[] uuid(LocalDateTime createdAt) {
        long millis = createdAt.toInstant(ZoneOffset.UTC).toEpochMilli();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return ByteBuffer.allocate(16).putLong(high).putLong(low).array();
    }

    /** A worker or user id as Keycloak makes them (a UUID in text). */
    String subject() {
        return new java.util.UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }
}
