package wick.cli.internal;

import wick.api.result.FieldResult;
import wick.api.result.HistogramResult;
import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.SeriesResult;
import wick.api.result.TableResult;

/** Results as text for the terminal: scalars with their errors, short series as tables. */
final class ResultText {
    private static final int MAX_ROWS = 16;

    private ResultText() {
    }

    static String format(String name, Result r) {
        StringBuilder b = new StringBuilder();
        if (r instanceof ScalarResult s) {
            b.append(String.format("  %-18s %s%n", name, s.error() == 0 ? g(s.value()) + " (exact)"
                    : g(s.value()) + " ± " + g(s.error())));
        } else if (r instanceof SeriesResult s) {
            b.append(String.format("  %-18s series of %d points: %s, %s, error%n", name, s.size(), s.xLabel(), s.yLabel()));
            double[] x = s.x();
            double[] y = s.y();
            double[] e = s.error();
            for (int i = 0; i < Math.min(s.size(), MAX_ROWS); i++) {
                b.append(String.format("      %-10s %-24s %s%n", g(x[i]), g(y[i]), g(e[i])));
            }
            if (s.size() > MAX_ROWS) {
                b.append(String.format("      ... (%d more in the run directory's results/%s.csv)%n", s.size() - MAX_ROWS, name));
            }
        } else if (r instanceof HistogramResult h) {
            b.append(String.format("  %-18s histogram of %d bins over [%s, %s]%n", name, h.counts().length,
                    g(h.edges()[0]), g(h.edges()[h.counts().length])));
        } else if (r instanceof FieldResult f) {
            b.append(String.format("  %-18s field of shape %s%n", name, java.util.Arrays.toString(f.shape())));
        } else if (r instanceof TableResult t) {
            b.append(String.format("  %-18s table %s, %d rows%n", name, t.columns(), t.rows().size()));
            t.rows().stream().limit(MAX_ROWS).forEach(row -> b.append("      ").append(row).append('\n'));
        }
        return b.toString();
    }

    private static String g(double v) {
        return String.format("%.10g", v).replaceAll("\\.?0+($|e)", "$1");
    }
}
