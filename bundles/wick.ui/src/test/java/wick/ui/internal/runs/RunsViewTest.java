package wick.ui.internal.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wick.ui.internal.Swing.await;
import static wick.ui.internal.Swing.edt;
import static wick.ui.internal.Swing.find;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JButton;
import javax.swing.JTextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.api.run.RunHandle;
import wick.ui.internal.Background;
import wick.ui.internal.Fakes.FakeWorkbench;
import wick.ui.internal.Swing;
import wick.ui.internal.charts.ChartRegistry;

class RunsViewTest {
    @TempDir
    Path dir;
    private final Background background = new Background();
    private final FakeWorkbench workbench = new FakeWorkbench();

    @AfterEach
    void close() throws InterruptedException {
        background.close();
        background.awaitClosed(5000);
    }

    @Test
    void openShowsTheManifestAndResultsAndRunsAgainOrResumes() throws IOException {
        Path run = dir.resolve("phi4.sample-20250101-100000-9007199254740993");
        Files.createDirectories(run);
        Files.writeString(run.resolve("run.json"), RunRecordTest.RUN_JSON);
        Files.writeString(run.resolve("results.json"), "{\"results\":{\"phi2\":{\"kind\":\"scalar\",\"value\":0.5,\"error\":0.01},"
                + "\"correlator\":{\"kind\":\"series\",\"x\":[0,1,2],\"y\":[1,0.5,0.25],\"error\":[0.01,0.01,0.01],"
                + "\"xLabel\":\"tau\",\"yLabel\":\"C\"}}}");
        List<RunHandle> shown = new ArrayList<>();
        RunsView v = edt(() -> new RunsView(workbench, background, ChartRegistry.standard(), shown::add));
        edt(() -> v.open(run));
        JTextArea manifest = find(v, "runManifest");
        await("the manifest", () -> manifest.getText().contains("9007199254740993"));
        await("the results", () -> find(v, "runsChart.correlator") != null && find(v, "runsResults") != null);
        assertTrue(manifest.getText().contains("lattice = 8x8"));
        assertTrue(manifest.getText().contains("from sweep 700"));
        Swing.picture(v, 1100, 700, "runs-view");

        edt(() -> ((JButton) find(v, "rerunButton")).doClick());
        await("the re-run", () -> workbench.starts.size() == 1 && shown.size() == 1);
        FakeWorkbench.Start s = workbench.starts.get(0);
        assertEquals("phi4.sample", s.task());
        assertEquals(9007199254740993L, s.options().seed());
        assertEquals("metropolis", s.options().sampler());
        assertEquals("20", s.raw().get("hmc.steps"));
        assertEquals(run.toAbsolutePath().getParent(), s.options().outputDirectory().getParent());
        assertTrue(s.options().outputDirectory().getFileName().toString().startsWith("phi4.sample-"));

        edt(() -> ((JButton) find(v, "resumeButton")).doClick());
        await("the resume", () -> workbench.resumed.equals(List.of(run)) && shown.size() == 2);
    }
}
