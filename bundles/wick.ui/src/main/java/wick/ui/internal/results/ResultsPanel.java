package wick.ui.internal.results;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

import wick.api.result.Result;
import wick.api.result.ScalarResult;
import wick.api.result.TableResult;
import wick.ui.internal.charts.ChartRegistry;
import wick.ui.internal.charts.Plot;
import wick.ui.internal.charts.PlotPanel;

/**
 * The results of a run: a table of the scalars ({@code value ± error}), one chart per plottable
 * result (from the {@link ChartRegistry}), and one table per {@link TableResult}. Charts are built
 * off the event thread by {@link #prepare}; the panel itself on it.
 */
public final class ResultsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    /** What the panel shows, built off the event thread. */
    public record Content(Map<String, Result> results, List<Plot> plots) {
    }

    /** Builds the charts (pure; any thread). */
    public static Content prepare(Map<String, Result> results, ChartRegistry registry) {
        return new Content(results, registry.plots(results));
    }

    /**
     * @param chartPrefix  the prefix of each chart's component name, e.g. {@code chart.r1.}
     * @param scalarsName  the component name of the scalar table, e.g. {@code results.r1}
     * @param tablePrefix  the prefix of each table's component name, e.g. {@code table.r1.}
     * @param fileStem     the prefix of suggested export file names
     */
    public ResultsPanel(Content content, String chartPrefix, String scalarsName, String tablePrefix, String fileStem) {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        DefaultTableModel scalars = new DefaultTableModel(new Object[] {"result", "value"}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        List<Map.Entry<String, Result>> tables = new ArrayList<>();
        for (Map.Entry<String, Result> e : content.results().entrySet()) {
            if (e.getValue() instanceof ScalarResult s) {
                scalars.addRow(new Object[] {e.getKey(), ValueFormat.format(s.value(), s.error())});
            } else if (e.getValue() instanceof TableResult) {
                tables.add(e);
            }
        }
        if (content.results().isEmpty()) {
            add(left(new JLabel("No results.")));
        }
        if (scalars.getRowCount() > 0) {
            JTable t = new JTable(scalars);
            t.setName(scalarsName);
            add(section("Values", t));
        }
        if (!content.plots().isEmpty()) {
            ChartGrid grid = new ChartGrid();
            for (Plot p : content.plots()) {
                grid.add(new PlotPanel(chartPrefix + p.name(), fileStem + p.name(), p.chart(), p::csv));
            }
            add(left(grid));
        }
        for (Map.Entry<String, Result> e : tables) {
            JTable t = new JTable(new TableResultModel((TableResult) e.getValue()));
            t.setName(tablePrefix + e.getKey());
            add(section(e.getKey(), t));
        }
    }

    private static JPanel section(String title, JTable table) {
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        JPanel p = new JPanel(new BorderLayout());
        p.setBorder(BorderFactory.createTitledBorder(title));
        JScrollPane scroll = new JScrollPane(table);
        int rows = Math.min(table.getRowCount(), 12);
        scroll.setPreferredSize(new Dimension(600, (rows + 1) * table.getRowHeight() + 8));
        p.add(scroll, BorderLayout.CENTER);
        return left(p);
    }

    private static <T extends javax.swing.JComponent> T left(T c) {
        c.setAlignmentX(Component.LEFT_ALIGNMENT);
        return c;
    }
}
