package wick.ui.internal.run;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.Timer;

import org.jfree.chart.JFreeChart;

import wick.api.run.RunHandle;
import wick.api.run.RunStatus;
import wick.api.run.Workbench;
import wick.api.task.Measurements;
import wick.ui.internal.Background;
import wick.ui.internal.charts.ChartRegistry;
import wick.ui.internal.charts.PlotPanel;
import wick.ui.internal.charts.SpanMark;
import wick.ui.internal.charts.TraceChart;
import wick.ui.internal.results.ChartGrid;
import wick.ui.internal.results.ResultsPanel;
import wick.ui.internal.results.TrackingPanel;

/**
 * One run: progress with ETA, status, the sampler (swappable while the chain runs), cancel; a live
 * trace of each chain observable with the sampler history as bands; the results once completed.
 * A 250 ms timer starts a poll ({@link RunMonitor}) off the event thread when the previous one is
 * done; the event thread only swaps arrays into the charts.
 */
public final class RunTab extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient RunHandle run;
    private final transient Background background;
    private final transient RunMonitor monitor;
    private final String id;
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel status = new JLabel(" ");
    private final JComboBox<String> swap = new JComboBox<>();
    private final JLabel samplerLabel = new JLabel("sampler");
    private final JButton cancel = new JButton("Cancel");
    private final JButton close = new JButton("Close");
    private final JTabbedPane inner = new JTabbedPane();
    private final ChartGrid traces = new ChartGrid();
    private final TrackingPanel results = new TrackingPanel(new BorderLayout());
    private final transient Map<String, JFreeChart> traceCharts = new LinkedHashMap<>();
    private final Timer timer;
    private final long watchStart = System.nanoTime();
    private final double startProgress;
    private transient List<SpanMark> spans = List.of();
    private boolean polling;
    private boolean updatingSwap;
    private boolean chainShown;
    private String currentSampler;
    private String note;
    private long noteUntil;

    /**
     * @param onClose called (on the event thread) when the user closes the tab
     */
    public RunTab(RunHandle run, Workbench workbench, Background background, ChartRegistry registry,
            Consumer<RunTab> onClose) {
        super(new BorderLayout(4, 4));
        this.run = run;
        this.background = background;
        this.id = run.id();
        this.monitor = new RunMonitor(run, workbench, registry);
        this.startProgress = run.progress();
        setName("run." + id);
        progress.setName("progress." + id);
        progress.setStringPainted(true);
        progress.setString("starting…");
        status.setName("status." + id);
        swap.setName("swap." + id);
        swap.setToolTipText("the sampler: pick another to swap it in between two sweeps");
        swap.setEnabled(false);
        swap.setVisible(run.currentSampler() != null);
        samplerLabel.setVisible(run.currentSampler() != null);
        swap.addActionListener(e -> swapPicked());
        cancel.setName("cancel." + id);
        cancel.addActionListener(e -> cancel());
        close.setName("close." + id);
        close.setEnabled(false);
        close.setToolTipText("close this tab (the run directory stays)");
        close.addActionListener(e -> {
            dispose();
            onClose.accept(this);
        });
        add(header(run), BorderLayout.NORTH);
        results.add(new JLabel("  Results appear here when the run completes."), BorderLayout.NORTH);
        inner.setName("runViews." + id);
        inner.addTab("Results", new JScrollPane(results));
        add(inner, BorderLayout.CENTER);
        timer = new Timer(250, e -> tick());
        timer.start();
        tick();
    }

    public RunHandle run() {
        return run;
    }

    public String runId() {
        return id;
    }

    /** Stops polling (the run itself goes on). */
    public void dispose() {
        timer.stop();
    }

    private JPanel header(RunHandle run) {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(4, 4, 0, 4));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 2);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridx = 0;
        c.gridy = 0;
        c.weightx = 1;
        p.add(progress, c);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        right.add(samplerLabel);
        right.add(swap);
        right.add(cancel);
        right.add(close);
        c.gridx = 1;
        c.weightx = 0;
        p.add(right, c);
        c.gridx = 0;
        c.gridy = 1;
        c.gridwidth = 2;
        p.add(status, c);
        JLabel where = new JLabel(run.taskId() + " · seed " + run.seed() + " · " + run.directory());
        where.setForeground(java.awt.Color.DARK_GRAY);
        c.gridy = 2;
        p.add(where, c);
        return p;
    }

    private void tick() {
        if (polling) {
            return;
        }
        polling = true;
        background.poll(monitor::poll, p -> {
            polling = false;
            apply(p);
        }, e -> {
            polling = false;
            status.setText("cannot read the run: " + Background.describe(e));
        });
    }

    private void apply(RunPoll p) {
        progress.setValue((int) Math.round(1000 * p.progress()));
        progress.setString(progressText(p));
        String state = p.status().name().toLowerCase();
        String text = state + (p.message() == null || p.message().isBlank() || p.message().equalsIgnoreCase(state) ? ""
                : ": " + p.message());
        if (note != null && System.currentTimeMillis() < noteUntil) {
            text = text + "  —  " + note;
        }
        status.setText(text);
        status.setToolTipText(text);
        currentSampler = p.sampler();
        if (p.fitting() != null || !Objects.equals(swap.getSelectedItem(), currentSampler)) {
            showSamplers(p.fitting());
        }
        if (p.traces() != null && !p.traces().isEmpty()) {
            showTraces(p);
        } else if (p.spans() != null) {
            spans = p.spans();
            traceCharts.values().forEach(ch -> TraceChart.setSpans(ch, spans));
        }
        boolean terminal = p.status().isTerminal();
        cancel.setEnabled(!terminal);
        swap.setEnabled(!terminal && currentSampler != null);
        samplerLabel.setVisible(currentSampler != null);
        swap.setVisible(currentSampler != null);
        close.setEnabled(terminal);
        if (p.results() != null) {
            showResults(p.results());
        } else if (terminal && p.status() != RunStatus.COMPLETED && monitor.finished()) {
            results.removeAll();
            results.add(new JLabel("  The run " + p.status().name().toLowerCase() + (p.message() == null ? "" : ": " + p.message())
                    + ". Its measurements and checkpoint are in " + run.directory() + "; resume it from the Runs view."),
                    BorderLayout.NORTH);
            results.revalidate();
        }
        if (monitor.finished()) {
            timer.stop();
        }
    }

    private String progressText(RunPoll p) {
        int percent = (int) Math.floor(100 * p.progress());
        double elapsed = (System.nanoTime() - watchStart) * 1e-9;
        return switch (p.status()) {
            case COMPLETED -> "100% · done" + (startProgress < 1 ? " in " + Eta.duration(elapsed) : "");
            case CANCELLED -> "cancelled at " + percent + "%";
            case FAILED -> "failed at " + percent + "%";
            case PAUSED -> "paused at " + percent + "% · pick a sampler to continue";
            case RUNNING -> Eta.describe(p.progress(), startProgress, elapsed);
        };
    }

    private void showSamplers(List<String> fitting) {
        updatingSwap = true;
        try {
            List<String> items = new ArrayList<>();
            if (fitting != null) {
                items.addAll(fitting);
            } else {
                for (int i = 0; i < swap.getItemCount(); i++) {
                    items.add(swap.getItemAt(i));
                }
            }
            if (currentSampler != null && !items.contains(currentSampler)) {
                items.add(0, currentSampler);
            }
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < swap.getItemCount(); i++) {
                shown.add(swap.getItemAt(i));
            }
            if (!items.equals(shown)) {
                swap.setModel(new DefaultComboBoxModel<>(items.toArray(String[]::new)));
            }
            swap.setSelectedItem(currentSampler);
        } finally {
            updatingSwap = false;
        }
    }

    private void swapPicked() {
        if (updatingSwap) {
            return;
        }
        String picked = (String) swap.getSelectedItem();
        if (picked == null || picked.equals(currentSampler)) {
            return;
        }
        showNote("swapping in " + picked + "…");
        background.act(() -> {
            run.replaceSampler(picked);
            return picked;
        }, s -> showNote("swapped in " + s), e -> {
            showNote("cannot swap in " + picked + ": " + Background.describe(e));
            showSamplers(null);
        });
    }

    private void cancel() {
        cancel.setEnabled(false);
        showNote("cancelling…");
        background.act(() -> {
            run.cancel();
            return null;
        }, x -> { }, e -> showNote("cannot cancel: " + Background.describe(e)));
    }

    private void showNote(String text) {
        note = text;
        noteUntil = System.currentTimeMillis() + 5000;
        status.setText(text);
    }

    private void showTraces(RunPoll p) {
        if (!chainShown) {
            chainShown = true;
            TrackingPanel holder = new TrackingPanel(new BorderLayout());
            holder.add(traces, BorderLayout.NORTH);
            inner.insertTab("Chain", null, new JScrollPane(holder), "live traces of the chain's observables", 0);
            inner.setSelectedIndex(0);
        }
        if (p.spans() != null) {
            spans = p.spans();
        }
        for (Map.Entry<String, double[][]> e : p.traces().entrySet()) {
            JFreeChart chart = traceCharts.get(e.getKey());
            boolean fresh = chart == null;
            if (fresh) {
                chart = TraceChart.create(e.getKey());
                traceCharts.put(e.getKey(), chart);
                String name = e.getKey();
                traces.add(new PlotPanel("chart." + id + "." + name, id + "-" + name, chart, () -> traceCsv(name)));
                traces.revalidate();
            }
            TraceChart.setData(chart, e.getValue());
            if (fresh || p.spans() != null) {
                TraceChart.setSpans(chart, spans);
            }
        }
    }

    private String traceCsv(String name) {
        Measurements m = monitor.last();
        if (m == null) {
            return "measurement,sampler," + name + "\n";
        }
        double[] y = m.column(name);
        List<String> s = m.samplers();
        StringBuilder b = new StringBuilder("measurement,sampler,").append(name).append('\n');
        for (int i = 0; i < y.length; i++) {
            b.append(i).append(',').append(s.get(i)).append(',').append(y[i]).append('\n');
        }
        return b.toString();
    }

    private void showResults(ResultsPanel.Content content) {
        results.removeAll();
        results.add(new ResultsPanel(content, "chart." + id + ".", "results." + id, "table." + id + ".", id + "-"),
                BorderLayout.NORTH);
        results.revalidate();
        results.repaint();
        inner.setSelectedIndex(inner.getTabCount() - 1);
    }
}
