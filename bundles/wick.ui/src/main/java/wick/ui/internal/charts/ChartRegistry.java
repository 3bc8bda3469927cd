package wick.ui.internal.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import wick.api.result.Result;

/**
 * The chart factories in the order they are asked: specific plots first, then one generic factory
 * per result kind. Scalars and tables are not charts (the results panel lists them), except a
 * table holding a spectrum.
 */
public final class ChartRegistry {
    private final List<ChartFactory> factories;

    /** A registry asking {@code factories} in order. */
    public ChartRegistry(List<ChartFactory> factories) {
        this.factories = List.copyOf(factories);
    }

    /** The factories for the results Wick has today, specific before generic. */
    public static ChartRegistry standard() {
        return new ChartRegistry(List.of(
                new ComplexSeriesChartFactory(),
                new EigenvalueFlowChartFactory(),
                new FitPlateauChartFactory(),
                new SpectrumChartFactory(),
                new ProbabilityBarsChartFactory(),
                new ScalingChartFactory(),
                new ScatterChartFactory(),
                new CorrelatorChartFactory(),
                new SeriesChartFactory(),
                new HistogramChartFactory(),
                new HeatMapChartFactory()));
    }

    /** A registry with {@code first} asked before these factories. */
    public ChartRegistry with(ChartFactory first) {
        List<ChartFactory> l = new ArrayList<>();
        l.add(first);
        l.addAll(factories);
        return new ChartRegistry(l);
    }

    /** The plots of a run's results, in the results' order; results no factory accepts are left out. */
    public List<Plot> plots(Map<String, Result> results) {
        List<Plot> plots = new ArrayList<>();
        for (Map.Entry<String, Result> e : results.entrySet()) {
            for (ChartFactory f : factories) {
                if (f.accepts(e.getKey(), e.getValue(), results)) {
                    plots.add(new Plot(f.plotName(e.getKey()), f.create(e.getKey(), e.getValue(), results),
                            f.csv(e.getKey(), e.getValue(), results)));
                    if (!f.additional()) {
                        break;
                    }
                }
            }
        }
        return plots;
    }
}
