package wick.ui.internal.run;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;

import wick.api.run.RunHandle;
import wick.api.run.Workbench;
import wick.ui.internal.Background;
import wick.ui.internal.charts.ChartRegistry;
import wick.ui.internal.form.FormMemory;

/**
 * The "Run" view: the task form on the left ({@link TaskForm}), one tab per run on the right
 * ({@code runTabs}, each a {@link RunTab} titled with the run id). Runs started elsewhere in this
 * workbench (the shell, the Runs view) get a tab too.
 */
public final class RunView extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient Workbench workbench;
    private final transient Background background;
    private final transient ChartRegistry registry;
    private final TaskForm form;
    private final JTabbedPane runTabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.SCROLL_TAB_LAYOUT);
    private final Set<String> known = new HashSet<>();
    private boolean refreshing;

    public RunView(Workbench workbench, Background background, ChartRegistry registry, FormMemory memory) {
        super(new BorderLayout());
        this.workbench = workbench;
        this.background = background;
        this.registry = registry;
        setName("runView");
        runTabs.setName("runTabs");
        form = new TaskForm(workbench, background, memory, this::show);
        form.setMinimumSize(new Dimension(300, 200));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, form, runTabs);
        split.setResizeWeight(0);
        split.setDividerLocation(400);
        add(split, BorderLayout.CENTER);
        for (RunHandle r : workbench.runs()) {
            known.add(r.id());
            if (!r.status().isTerminal()) {
                show(r);
            }
        }
    }

    public TaskForm form() {
        return form;
    }

    /** Adds a tab for a run (or selects its tab) and shows it. */
    public void show(RunHandle run) {
        known.add(run.id());
        for (int i = 0; i < runTabs.getTabCount(); i++) {
            if (runTabs.getComponentAt(i) instanceof RunTab t && t.runId().equals(run.id())) {
                runTabs.setSelectedIndex(i);
                return;
            }
        }
        RunTab tab = new RunTab(run, workbench, background, registry, t -> runTabs.remove(t));
        runTabs.addTab(run.id(), null, tab, run.taskId() + " · " + run.directory());
        runTabs.setSelectedComponent(tab);
    }

    /** Called every second: refreshes the form's lists and picks up runs started elsewhere. */
    public void refresh() {
        form.refresh();
        if (refreshing) {
            return;
        }
        refreshing = true;
        background.poll(workbench::runs, runs -> {
            refreshing = false;
            newRuns(runs);
        }, e -> refreshing = false);
    }

    private void newRuns(List<RunHandle> runs) {
        for (RunHandle r : runs) {
            if (known.add(r.id())) {
                show(r);
            }
        }
    }

    /** Stops every tab's polling. */
    public void dispose() {
        form.dispose();
        for (int i = 0; i < runTabs.getTabCount(); i++) {
            if (runTabs.getComponentAt(i) instanceof RunTab t) {
                t.dispose();
            }
        }
    }
}
