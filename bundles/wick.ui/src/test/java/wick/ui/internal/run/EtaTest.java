package wick.ui.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import wick.ui.internal.Samples;

class EtaTest {

    @Test
    void etaIsElapsedTimesRemainingOverDone() {
        assertEquals(30.0, Eta.secondsLeft(10, 0, 0.25), Samples.TOLERANCE);
        assertEquals(0.0, Eta.secondsLeft(10, 0, 1), Samples.TOLERANCE);
        assertTrue(Double.isNaN(Eta.secondsLeft(10, 0, 0)));
        assertTrue(Double.isNaN(Eta.secondsLeft(0, 0, 0.5)));
        // a resumed run: 50% was done before; 10% more in 10 s leaves 40% = 40 s
        assertEquals(40.0, Eta.secondsLeft(10, 0.5, 0.6), Samples.TOLERANCE);
    }

    @Test
    void durationsForPeople() {
        assertEquals("0 s", Eta.duration(0.2));
        assertEquals("42 s", Eta.duration(42));
        assertEquals("1 min 05 s", Eta.duration(65));
        assertEquals("59 min 59 s", Eta.duration(3599));
        assertEquals("2 h 05 min", Eta.duration(2 * 3600 + 5 * 60 + 7));
        assertEquals("5 d", Eta.duration(5 * 86400 + 3600));
        assertEquals("…", Eta.duration(Double.NaN));
        assertEquals("…", Eta.duration(Double.POSITIVE_INFINITY));
    }

    @Test
    void progressText() {
        assertEquals("25% · ETA 30 s", Eta.describe(0.25, 0, 10));
        assertEquals("0% · ETA …", Eta.describe(0, 0, 10));
        assertEquals("100% · ETA 0 s", Eta.describe(1, 0, 10));
    }
}
