package wick.ui.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void valueWithErrorToTwoSignificantDigitsOfTheError() {
        assertEquals("0.4123 ± 0.0012", ValueFormat.format(0.41234, 0.00123));
        assertEquals("12.3 ± 1.5", ValueFormat.format(12.34, 1.46));
        assertEquals("-3.14 ± 0.27", ValueFormat.format(-3.14159, 0.27));
        assertEquals("1235 ± 12", ValueFormat.format(1234.6, 12.2));
        assertEquals("1.2346e-05 ± 1.00e-06", ValueFormat.format(1.23456e-5, 1e-6));
    }

    @Test
    void exactValues() {
        assertEquals("0.3141592654", ValueFormat.format(0.314159265358979, 0));
        assertEquals("24", ValueFormat.format(24, 0));
        assertEquals("-12.3456789", ValueFormat.format(-12.3456789, 0));
        assertEquals("NaN", ValueFormat.format(Double.NaN, 0.1));
        assertEquals("1.000000000e-07", ValueFormat.exact(1e-7));
    }
}
