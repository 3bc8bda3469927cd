package wick.ui.internal.charts;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * The colours of a heat map: diverging blue–white–red, symmetric about 0, when the values take both
 * signs; otherwise a sequential dark-blue–to–yellow ramp over [min, max]. Values outside the bounds
 * take the end colours; NaN is grey.
 */
final class ColourScale implements PaintScale {
    private static final Color[] SEQUENTIAL = {
        new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725)};
    private static final Color[] DIVERGING = {
        new Color(0x2166AC), new Color(0x92C5DE), new Color(0xF7F7F7), new Color(0xF4A582), new Color(0xB2182B)};
    private final double lower;
    private final double upper;
    private final Color[] ramp;

    private ColourScale(double lower, double upper, Color[] ramp) {
        this.lower = lower;
        this.upper = upper;
        this.ramp = ramp;
    }

    /** The scale for values in [min, max]. */
    static ColourScale of(double min, double max) {
        if (!(min <= max)) {
            return new ColourScale(0, 1, SEQUENTIAL);
        }
        if (min < 0 && max > 0) {
            double m = Math.max(-min, max);
            return new ColourScale(-m, m, DIVERGING);
        }
        if (max == min) {
            double pad = min == 0 ? 1 : Math.abs(min) * 1e-6;
            return new ColourScale(min - pad, max + pad, SEQUENTIAL);
        }
        return new ColourScale(min, max, SEQUENTIAL);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return Color.GRAY;
        }
        double t = (value - lower) / (upper - lower);
        t = Math.max(0, Math.min(1, t)) * (ramp.length - 1);
        int i = Math.min((int) t, ramp.length - 2);
        double f = t - i;
        Color a = ramp[i];
        Color b = ramp[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
