package wick.ui.internal.run;

import java.util.Locale;

/**
 * The progress bar's text: percentage and estimated time left, {@code ETA = elapsed · (1 − p) / p}
 * (with {@code p} counted from where the window started watching, so a resumed run's earlier
 * progress does not make it look fast).
 */
public final class Eta {

    private Eta() {
    }

    /**
     * Seconds left, or NaN while nothing can be said yet.
     *
     * @param elapsedSeconds time since watching started
     * @param start          the progress when watching started
     * @param progress       the progress now, in [0, 1]
     */
    public static double secondsLeft(double elapsedSeconds, double start, double progress) {
        double done = progress - start;
        if (!(done > 0) || !(elapsedSeconds > 0)) {
            return Double.NaN;
        }
        return elapsedSeconds * Math.max(0, 1 - progress) / done;
    }

    /** {@code "37% · ETA 1 min 05 s"}, {@code "37% · ETA …"} before an estimate exists. */
    public static String describe(double progress, double start, double elapsedSeconds) {
        int percent = (int) Math.floor(100 * Math.max(0, Math.min(1, progress)));
        double left = secondsLeft(elapsedSeconds, start, progress);
        return percent + "% · ETA " + (Double.isNaN(left) ? "…" : duration(left));
    }

    /** A duration for people: {@code "42 s"}, {@code "3 min 07 s"}, {@code "2 h 05 min"}. */
    public static String duration(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            return "…";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        if (s < 100 * 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
        }
        return s / 86400 + " d";
    }
}
