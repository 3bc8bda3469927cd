package wick.model.ebm.internal.perturbative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Perfect matchings: the Isserlis sum (PHYSICS 2.4). */
class PairingsTest {
    @Test
    void countIsTheDoubleFactorial() {
        long doubleFactorial = 1;
        for (int n = 1; n <= 9; n++) {
            doubleFactorial *= 2 * n - 1;
            assertEquals(doubleFactorial, Pairings.count(2 * n), "(2n-1)!! for 2n = " + 2 * n);
        }
        assertEquals(1, Pairings.count(0));
        assertEquals(0, Pairings.count(5), "odd moments vanish");
        assertEquals(15, Pairings.count(6), "a, b and one vertex");
        assertEquals(945, Pairings.count(10), "a, b and two vertices");
    }

    @Test
    void enumeratesEveryPerfectMatchingOnce() {
        for (int points = 0; points <= 12; points += 2) {
            Set<String> seen = new HashSet<>();
            int p = points;
            Pairings.forEach(points, partner -> {
                for (int i = 0; i < p; i++) {
                    assertNotEquals(i, partner[i], "no point paired with itself");
                    assertEquals(i, partner[partner[i]], "pairing is an involution");
                }
                assertTrue(seen.add(Arrays.toString(partner)), "pairing visited twice: " + Arrays.toString(partner));
            });
            assertEquals(Pairings.count(points), seen.size(), "pairings of " + points + " points");
        }
    }

    @Test
    void rejectsAnOddNumberOfPoints() {
        assertThrows(IllegalArgumentException.class, () -> Pairings.forEach(3, p -> { }));
    }
}
