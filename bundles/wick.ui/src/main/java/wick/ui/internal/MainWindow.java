package wick.ui.internal;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;
import javax.swing.Timer;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import wick.api.run.Workbench;
import wick.ui.internal.bundles.BundlesView;
import wick.ui.internal.bundles.ProblemsView;
import wick.ui.internal.charts.ChartRegistry;
import wick.ui.internal.form.FormMemory;
import wick.ui.internal.run.RunView;
import wick.ui.internal.runs.RunsView;

/**
 * The content of the window: what is installed on the left ({@code installedTree}), the views on
 * the right ({@code views}: Run, Runs, Bundles, Problems). Built and used on the event thread; a
 * one-second timer refreshes the lists (each refresh does its work off the event thread).
 */
final class MainWindow {
    private final Background background = new Background();
    private final JPanel content = new JPanel(new BorderLayout());
    private final InstalledTree tree;
    private final RunView runView;
    private final RunsView runsView;
    private final BundlesView bundlesView;
    private final ProblemsView problemsView;
    private final Timer timer;

    /**
     * @param context the bundle context, or {@code null} outside a framework (then the Bundles and
     *                Problems views say so)
     */
    MainWindow(Workbench workbench, BundleContext context, Supplier<ServiceComponentRuntime> scr, FormMemory memory) {
        ChartRegistry registry = ChartRegistry.standard();
        runView = new RunView(workbench, background, registry, memory);
        runsView = new RunsView(workbench, background, registry, run -> {
            runView.show(run);
            views().setSelectedIndex(0);
        });
        bundlesView = context == null ? null : new BundlesView(context, background);
        problemsView = context == null ? null : new ProblemsView(context, background, scr);
        JTabbedPane views = new JTabbedPane();
        views.setName("views");
        views.addTab("Run", runView);
        views.addTab("Runs", runsView);
        views.addTab("Bundles", bundlesView == null ? absent() : bundlesView);
        views.addTab("Problems", problemsView == null ? absent() : problemsView);
        Supplier<List<String>> bundleNames = () -> context == null ? List.of()
                : Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).filter(n -> n != null).sorted().toList();
        tree = new InstalledTree(workbench, bundleNames, background, task -> {
            views.setSelectedIndex(0);
            runView.form().choose(task);
        });
        JScrollPane treeScroll = new JScrollPane(tree);
        treeScroll.setMinimumSize(new Dimension(120, 100));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, treeScroll, views);
        split.setDividerLocation(200);
        content.add(split, BorderLayout.CENTER);
        timer = new Timer(1000, e -> refresh());
        timer.start();
        refresh();
    }

    private static JComponent absent() {
        return new JLabel("Not running in an OSGi framework.", SwingConstants.CENTER);
    }

    private JTabbedPane views() {
        return (JTabbedPane) ((JSplitPane) content.getComponent(0)).getRightComponent();
    }

    JPanel content() {
        return content;
    }

    /** A frame titled "Wick" around the content (not yet shown). */
    JFrame frame() {
        JFrame f = new JFrame("Wick");
        f.setName("wick");
        f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        f.setContentPane(content);
        f.setSize(1280, 800);
        f.setLocationByPlatform(true);
        return f;
    }

    private void refresh() {
        tree.refresh();
        runView.refresh();
        runsView.refresh();
        if (bundlesView != null) {
            bundlesView.refresh();
        }
        if (problemsView != null) {
            problemsView.refresh();
        }
    }

    /** Waits up to {@code millis} for the work under way at {@link #dispose()} (the form's values being saved). */
    boolean awaitClosed(long millis) throws InterruptedException {
        return background.awaitClosed(millis);
    }

    /** Stops the timers and listeners; runs go on. */
    void dispose() {
        timer.stop();
        runView.dispose();
        if (bundlesView != null) {
            bundlesView.dispose();
        }
        if (problemsView != null) {
            problemsView.dispose();
        }
        background.close();
    }
}
