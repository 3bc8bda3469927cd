package wick.api.random;

import java.util.random.RandomGenerator;

/**
 * A seeded, splittable pseudo-random stream (PHYSICS section 8): xoshiro256++ seeded through
 * SplitMix64. The same seed gives the same sequence bit for bit on every machine; the whole state
 * is four longs, so a checkpoint can save it and a resumed chain continues exactly.
 *
 * <p>{@link #nextGaussian()} is the JDK's ziggurat ({@link RandomGenerator}'s default), driven only
 * by {@link #nextLong()}. {@link #child(long)} derives an independent stream from this stream's
 * seed and a key, independent of how far this stream has advanced.
 *
 * <p>Not thread-safe: one stream per chain.
 */
public final class RandomStream implements RandomGenerator {
    private final long key;
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    private RandomStream(long key) {
        this.key = key;
        long x = key;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix64(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix64(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix64(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix64(x);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1;
        }
    }

    /** The root stream of a seed. */
    public static RandomStream of(long seed) {
        return new RandomStream(seed);
    }

    /** An independent stream derived from this stream's seed and {@code childKey}. */
    public RandomStream child(long childKey) {
        return new RandomStream(mix64(key ^ mix64(childKey + 0x632BE59BD9B4E019L)));
    }

    /** The key (seed) this stream was created from. */
    public long key() {
        return key;
    }

    @Override
    public long nextLong() {
        long result = Long.rotateLeft(s0 + s3, 23) + s0;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** The full state (for checkpoints): key and the four state words. */
    public long[] state() {
        return new long[] {key, s0, s1, s2, s3};
    }

    /** Restores a stream saved with {@link #state()}. */
    public static RandomStream fromState(long[] state) {
        if (state.length != 5) {
            throw new IllegalArgumentException("random stream state needs 5 longs, got " + state.length);
        }
        RandomStream r = new RandomStream(state[0]);
        r.s0 = state[1];
        r.s1 = state[2];
        r.s2 = state[3];
        r.s3 = state[4];
        return r;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
