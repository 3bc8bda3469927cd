package wick.sampler.hmc.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import wick.api.lattice.Lattice;
import wick.api.param.Parameters;
import wick.api.random.RandomStream;
import wick.api.sampler.Move;
import wick.lattice.ComplexFft;
import wick.model.ebm.Phi4Target;

/**
 * After warm-up a trajectory allocates nothing of its own (buffers are preallocated at bind). The
 * FFT library (JTransforms, under {@link ComplexFft}) allocates a small scratch array per 2-D
 * transform; fa-hmc is allowed exactly that per transform it makes (2 per leapfrog step, one per
 * momentum draw, one per kinetic energy).
 */
class AllocationTest {
    private static final Lattice LATTICE = Lattice.of(16, 8);
    private static final int TRAJECTORIES = 100;
    private static final int STEPS = 10;

    @ParameterizedTest
    @ValueSource(strings = {HmcSampler.ID, FaHmcSampler.ID})
    void sweepsAllocateNothingBeyondTheFftLibrary(String id) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx)
                || !mx.isThreadAllocatedMemorySupported()) {
            return;
        }
        mx.setThreadAllocatedMemoryEnabled(true);
        long thread = Thread.currentThread().getId();
        Phi4Target target = new Phi4Target(LATTICE, 0.5, 1.0, null);
        Move move = (id.equals(HmcSampler.ID) ? new HmcSampler() : new FaHmcSampler()).bind(target,
                Parameters.of(Map.of("adaptStepSize", false, "steps", STEPS)));
        double[] field = new double[target.lattice().volume()];
        RandomStream random = RandomStream.of(9);
        for (int i = 0; i < 200; i++) {
            move.sweep(field, random);
        }
        long before = mx.getThreadAllocatedBytes(thread);
        for (int i = 0; i < TRAJECTORIES; i++) {
            move.sweep(field, random);
        }
        long bytes = mx.getThreadAllocatedBytes(thread) - before;
        long transforms = id.equals(HmcSampler.ID) ? 0 : (long) TRAJECTORIES * (2 * STEPS + 3);
        long perTransform = bytesPerTransform(mx, thread);
        System.out.printf("%s: %d bytes allocated in %d trajectories of %d steps; %d transforms at %d bytes each"
                + " (inside JTransforms)%n", id, bytes, TRAJECTORIES, STEPS, transforms, perTransform);
        assertTrue(bytes <= transforms * perTransform + 1000, id + " allocated " + bytes + " bytes");
    }

    private static long bytesPerTransform(com.sun.management.ThreadMXBean mx, long thread) {
        ComplexFft fft = new ComplexFft(LATTICE);
        double[] a = new double[2 * LATTICE.volume()];
        for (int i = 0; i < 100; i++) {
            fft.forward(a);
        }
        int n = 1000;
        long before = mx.getThreadAllocatedBytes(thread);
        for (int i = 0; i < n; i++) {
            fft.forward(a);
            fft.inverse(a);
        }
        return (mx.getThreadAllocatedBytes(thread) - before) / (2L * n);
    }
}
