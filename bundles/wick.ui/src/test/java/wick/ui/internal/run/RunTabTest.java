package wick.ui.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wick.ui.internal.Swing.await;
import static wick.ui.internal.Swing.edt;
import static wick.ui.internal.Swing.find;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.param.Parameters;
import wick.api.run.RunOptions;
import wick.ui.internal.Background;
import wick.ui.internal.Fakes.FakeRun;
import wick.ui.internal.Fakes.FakeWorkbench;
import wick.ui.internal.Samples;
import wick.ui.internal.Swing;
import wick.ui.internal.charts.ChartRegistry;
import wick.ui.internal.charts.TraceDecimation;
import wick.ui.internal.form.FormMemory;

class RunTabTest {
    @TempDir
    Path dir;
    private final Background background = new Background();
    private final FakeWorkbench workbench = new FakeWorkbench();

    @AfterEach
    void close() throws InterruptedException {
        background.close();
        background.awaitClosed(5000);
    }

    private static int items(RunView v, String chart) {
        ChartPanel p = find(v, chart);
        return p == null ? -1 : p.getChart().getXYPlot().getDataset().getItemCount(0);
    }

    @Test
    void liveTracesSamplerSwapAndResults() {
        RunView v = edt(() -> new RunView(workbench, background, ChartRegistry.standard(), new FormMemory(dir.resolve("m"))));
        FakeRun run = (FakeRun) workbench.start("phi4.sample", Map.of(), new RunOptions(5L, "metropolis", null));
        run.advance(600, 0.3);
        edt(() -> v.show(run));
        await("the traces", () -> items(v, "chart.r1.phi2") == 600 && items(v, "chart.r1.M") == 600);
        edt(() -> {
            assertNull(find(v, "chart.r1.C0"), "the per-slice correlator columns get no trace");
            JProgressBar bar = find(v, "progress.r1");
            assertTrue(bar.getString().startsWith("30% · ETA"), bar.getString());
            JLabel status = find(v, "status.r1");
            assertTrue(status.getText().startsWith("running: sweep 600"), status.getText());
        });
        JComboBox<String> swap = find(v, "swap.r1");
        await("the samplers that fit", () -> swap.getItemCount() == 2 && "metropolis".equals(swap.getSelectedItem()));
        edt(() -> swap.setSelectedItem("hmc"));
        await("the swap", () -> run.replaced.equals(List.of("hmc")));
        run.advance(400, 0.6);
        await("two sampler bands", () -> items(v, "chart.r1.M") == 1000
                && ((ChartPanel) find(v, "chart.r1.M")).getChart().getXYPlot().getDomainMarkers(Layer.BACKGROUND).size() == 2);
        Swing.picture(v, 1280, 760, "run-view-live");

        run.complete(Samples.freeSample());
        await("the results", () -> find(v, "chart.r1.correlator") != null && find(v, "results.r1") != null);
        edt(() -> {
            JTable values = find(v, "results.r1");
            assertEquals("phi2", values.getValueAt(0, 0));
            assertEquals("0.4123 ± 0.0012", values.getValueAt(0, 1));
            assertFalse(((JButton) find(v, "cancel.r1")).isEnabled());
            assertTrue(((JButton) find(v, "close.r1")).isEnabled());
            assertFalse(swap.isEnabled());
            assertTrue(((JProgressBar) find(v, "progress.r1")).getString().startsWith("100% · done"));
        });
        Swing.picture(v, 1280, 760, "run-view-results");
        edt(() -> ((JButton) find(v, "close.r1")).doClick());
        edt(() -> assertEquals(0, ((javax.swing.JTabbedPane) find(v, "runTabs")).getTabCount()));
        edt(v::dispose);
    }

    @Test
    void cancelCancelsTheRun() {
        RunView v = edt(() -> new RunView(workbench, background, ChartRegistry.standard(), new FormMemory(dir.resolve("m"))));
        FakeRun run = (FakeRun) workbench.start("free.sample", Map.of(), RunOptions.defaults());
        edt(() -> v.show(run));
        await("the tab", () -> ((JButton) find(v, "cancel.r1")).isEnabled());
        edt(() -> ((JButton) find(v, "cancel.r1")).doClick());
        await("cancelled", run::cancelled);
        await("shown", () -> ((JProgressBar) find(v, "progress.r1")).getString().startsWith("cancelled at"));
        edt(v::dispose);
    }

    @Test
    void runsStartedElsewhereGetATab() {
        RunView v = edt(() -> new RunView(workbench, background, ChartRegistry.standard(), new FormMemory(dir.resolve("m"))));
        workbench.start("free.exact", Map.of(), RunOptions.defaults());
        edt(v::refresh);
        await("the shell's run", () -> find(v, "progress.r1") != null);
        edt(v::dispose);
    }

    /** The event thread keeps answering within 100 ms while a long chain is polled four times a second. */
}
