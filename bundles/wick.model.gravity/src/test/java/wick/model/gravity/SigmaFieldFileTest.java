package wick.model.gravity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.lattice.Lattice;

class SigmaFieldFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTripIsBitExact() throws IOException {
        Lattice lattice = Lattice.parse("6x4", "0.5,1.25");
        LatentField sigma = new LatentField(Blocks.parse(lattice, "3x2"));
        SplittableRandom r = new SplittableRandom(5);
        double[] v = sigma.values();
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextDouble(-0.3, 0.3);
        }
        Path file = dir.resolve("s.txt");
        SigmaFieldFile.write(file, sigma);
        LatentField back = SigmaFieldFile.read(file);
        assertEquals(lattice, back.blocks().lattice());
        assertEquals("3x2", back.blocks().toString());
        assertArrayEquals(sigma.values(), back.values(), 0.0);
    }

    @Test
    void aRunDirectoryIsReadThroughItsFileName() throws IOException {
        LatentField sigma = new LatentField(Blocks.sites(Lattice.of(2, 2, 2)));
        sigma.values()[4] = 0.125;
        SigmaFieldFile.write(dir.resolve(SigmaFieldFile.FILE_NAME), sigma);
        assertArrayEquals(sigma.values(), SigmaFieldFile.read(dir).values(), 0.0);
    }

    @Test
    void aMalformedFileNamesTheLine() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, SigmaFieldFile.MAGIC + "\nlattice 2x2\nspacing 1,1\nblock 1x1\ncomponents 00 01 11\n0 0 0\n0 x 0\n0 0 0\n0 0 0\n");
        IOException e = assertThrows(IOException.class, () -> SigmaFieldFile.read(file));
        assertTrue(e.getMessage().contains("block line 2") && e.getMessage().contains("x"), e.getMessage());
        Files.writeString(file, "hello\n");
        assertThrows(IOException.class, () -> SigmaFieldFile.read(file));
    }
}
