package wick.ui.internal.runs;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;

import wick.api.result.Result;
import wick.api.run.RunHandle;
import wick.api.run.Workbench;
import wick.ui.internal.Background;
import wick.ui.internal.charts.ChartRegistry;
import wick.ui.internal.results.ResultsPanel;
import wick.ui.internal.results.TrackingPanel;

/**
 * The "Runs" view: the runs of this session ({@code runHistory}) and any run directory opened from
 * disk ({@code openRunButton}); its manifest ({@code runManifest}: parameters, seed, sampler
 * history, bundle versions) and its results; {@code rerunButton} starts the same task with the same
 * parameters and seed into a new directory, {@code resumeButton} continues it from its checkpoint.
 * Files are read off the event thread.
 */
public final class RunsView extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient Workbench workbench;
    private final transient Background background;
    private final transient ChartRegistry registry;
    private final transient Consumer<RunHandle> started;
    private final JButton openRunButton = new JButton("Open run directory…");
    private final JButton rerunButton = new JButton("Run again");
    private final JButton resumeButton = new JButton("Resume");
    private final JLabel runsMessage = new JLabel(" ");
    private final DefaultListModel<String> history = new DefaultListModel<>();
    private final JList<String> runHistory = new JList<>(history);
    private final JTextArea runManifest = new JTextArea();
    private final TrackingPanel results = new TrackingPanel(new BorderLayout());
    private transient List<RunHandle> sessionRuns = List.of();
    private transient RunRecord current;
    private File lastDirectory = new File("runs").isDirectory() ? new File("runs") : new File(".");
    private boolean refreshing;
    private boolean updating;

    /**
     * @param started shows a run this view started (re-run or resume)
     */
    public RunsView(Workbench workbench, Background background, ChartRegistry registry, Consumer<RunHandle> started) {
        super(new BorderLayout(4, 4));
        this.workbench = workbench;
        this.background = background;
        this.registry = registry;
        this.started = started;
        setName("runsView");
        openRunButton.setName("openRunButton");
        rerunButton.setName("rerunButton");
        resumeButton.setName("resumeButton");
        runsMessage.setName("runsMessage");
        runHistory.setName("runHistory");
        runManifest.setName("runManifest");
        results.setName("runResults");
        rerunButton.setEnabled(false);
        resumeButton.setEnabled(false);
        rerunButton.setToolTipText("the same task, parameters, seed and sampler into a new directory");
        resumeButton.setToolTipText("continue a stopped, cancelled or killed run from its checkpoint");
        runManifest.setEditable(false);
        runManifest.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        runManifest.setText("Open a run directory, or pick a run of this session.");
        runHistory.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        runHistory.addListSelectionListener(e -> {
            int i = runHistory.getSelectedIndex();
            if (!updating && !e.getValueIsAdjusting() && i >= 0 && i < sessionRuns.size()) {
                open(sessionRuns.get(i).directory());
            }
        });
        openRunButton.addActionListener(e -> choose());
        rerunButton.addActionListener(e -> rerun());
        resumeButton.addActionListener(e -> resume());

        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        top.add(openRunButton);
        top.add(rerunButton);
        top.add(resumeButton);
        top.add(runsMessage);
        add(top, BorderLayout.NORTH);
        JScrollPane list = new JScrollPane(runHistory);
        list.setBorder(BorderFactory.createTitledBorder("This session"));
        JScrollPane manifest = new JScrollPane(runManifest);
        manifest.setBorder(BorderFactory.createTitledBorder("run.json"));
        JScrollPane res = new JScrollPane(results);
        res.setBorder(BorderFactory.createTitledBorder("Results"));
        res.getVerticalScrollBar().setUnitIncrement(16);
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, manifest, res);
        right.setResizeWeight(0.4);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, list, right);
        split.setDividerLocation(260);
        add(split, BorderLayout.CENTER);
    }

    /** Called every second: the runs of this session. */
    public void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        background.poll(() -> workbench.runs().stream()
                .map(r -> new Object[] {r, r.id() + "  " + r.taskId() + "  " + r.status().name().toLowerCase()}).toList(),
                rows -> {
                    refreshing = false;
                    showHistory(rows);
                }, e -> refreshing = false);
    }

    private void showHistory(List<Object[]> rows) {
        sessionRuns = rows.stream().map(r -> (RunHandle) r[0]).toList();
        List<String> labels = rows.stream().map(r -> (String) r[1]).toList();
        boolean same = labels.size() == history.size();
        for (int i = 0; same && i < labels.size(); i++) {
            same = labels.get(i).equals(history.get(i));
        }
        if (same) {
            return;
        }
        int selected = runHistory.getSelectedIndex();
        boolean selectedChanged = selected >= 0 && selected < labels.size() && selected < history.size()
                && !labels.get(selected).equals(history.get(selected));
        updating = true;
        try {
            history.clear();
            labels.forEach(history::addElement);
            if (selected >= 0 && selected < labels.size()) {
                runHistory.setSelectedIndex(selected);
            }
        } finally {
            updating = false;
        }
        if (selectedChanged) {
            open(sessionRuns.get(selected).directory());
        }
    }

    private void choose() {
        JFileChooser chooser = new JFileChooser(lastDirectory);
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Open a run directory (it holds run.json)");
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            File f = chooser.getSelectedFile();
            lastDirectory = f.getParentFile() == null ? f : f.getParentFile();
            open(f.toPath());
        }
    }

    private record Opened(RunRecord record, ResultsPanel.Content results) {
    }

    /** Reads a run directory (off the event thread) and shows it. */
    public void open(Path directory) {
        runsMessage.setText("reading " + directory + "…");
        background.act(() -> {
            RunRecord r = RunRecord.read(directory);
            Map<String, Result> res = RunRecord.readResults(directory);
            return new Opened(r, ResultsPanel.prepare(res, registry));
        }, this::show, e -> {
            runsMessage.setText(Background.describe(e));
            runsMessage.setForeground(new Color(0xC00000));
        });
    }

    private void show(Opened o) {
        current = o.record();
        runsMessage.setForeground(getForeground());
        runsMessage.setText(current.directory().toAbsolutePath().normalize().toString());
        runManifest.setText(current.manifest());
        runManifest.setCaretPosition(0);
        results.removeAll();
        results.add(new ResultsPanel(o.results(), "runsChart.", "runsResults", "runsTable.", current.task() + "-"),
                BorderLayout.NORTH);
        results.revalidate();
        results.repaint();
        rerunButton.setEnabled(true);
        boolean live = runningHere(current.directory());
        resumeButton.setEnabled(!"completed".equals(current.status()) && !live);
        resumeButton.setToolTipText(live ? "this run is still going in this session"
                : "continue a stopped, cancelled or killed run from its checkpoint");
    }

    /** Whether a run of this session that has not ended writes to the directory (resuming it would start a second chain there). */
    private boolean runningHere(Path directory) {
        Path d = directory.toAbsolutePath().normalize();
        return sessionRuns.stream().anyMatch(r -> !r.status().isTerminal() && r.directory().toAbsolutePath().normalize().equals(d));
    }

    private void rerun() {
        RunRecord r = current;
        if (r == null) {
            return;
        }
        runsMessage.setText("starting " + r.task() + " again…");
        background.act(() -> {
            Path dir = r.rerunDirectory(LocalDateTime.now(), Files::exists);
            return workbench.start(r.task(), r.rerunParameters(), r.rerunOptions(dir));
        }, this::started, this::failed);
    }

    private void resume() {
        RunRecord r = current;
        if (r == null) {
            return;
        }
        if (runningHere(r.directory())) {
            failed(new IllegalStateException(r.directory() + " is still running in this session"));
            return;
        }
        runsMessage.setText("resuming " + r.directory() + "…");
        background.act(() -> workbench.resume(r.directory()), this::started, this::failed);
    }

    private void started(RunHandle run) {
        runsMessage.setForeground(getForeground());
        runsMessage.setText(run.id() + " started in " + run.directory());
        started.accept(run);
    }

    private void failed(Exception e) {
        runsMessage.setForeground(new Color(0xC00000));
        runsMessage.setText(Background.describe(e));
    }
}
