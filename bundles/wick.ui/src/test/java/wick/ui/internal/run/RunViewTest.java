package wick.ui.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wick.ui.internal.Swing.await;
import static wick.ui.internal.Swing.edt;
import static wick.ui.internal.Swing.find;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.border.LineBorder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.ui.internal.Background;
import wick.ui.internal.Fakes.FakeWorkbench;
import wick.ui.internal.charts.ChartRegistry;
import wick.ui.internal.form.FormMemory;

class RunViewTest {
    @TempDir
    Path dir;
    private final Background background = new Background();
    private final FakeWorkbench workbench = new FakeWorkbench();

    @AfterEach
    void close() throws InterruptedException {
        background.close();
        background.awaitClosed(5000);
    }

    private RunView view(FormMemory memory) {
        return edt(() -> new RunView(workbench, background, ChartRegistry.standard(), memory));
    }

    private static JTextField field(RunView v, String name) {
        return find(v, name);
    }

    @Test
    void formValidatesStartsARunAndRemembersTheValues() throws IOException {
        FormMemory memory = new FormMemory(dir.resolve("ui.properties"));
        RunView v = view(memory);
        JComboBox<String> tasks = find(v, "taskCombo");
        await("the tasks", () -> tasks.getItemCount() == 3);
        edt(() -> tasks.setSelectedItem("free.sample"));
        await("the free.sample form", () -> field(v, "param.samples") != null);
        assertNotNull(find(v, "parameterForm"));
        JLabel error = find(v, "formError");
        JButton run = find(v, "runButton");
        await("valid defaults", () -> error.getText().isEmpty() && run.isEnabled());

        edt(() -> field(v, "param.m2").setText("-1"));
        edt(() -> {
            assertTrue(error.getText().contains("'m2'"), error.getText());
            assertTrue(error.getText().contains("-1"), error.getText());
            assertFalse(run.isEnabled());
            LineBorder border = (LineBorder) field(v, "param.m2").getBorder();
            assertEquals(Color.RED, border.getLineColor());
        });
        edt(() -> field(v, "param.m2").setText("0.5"));
        edt(() -> assertEquals("", error.getText()));

        JList<String> samplers = find(v, "samplerList");
        await("the samplers that fit", () -> samplers.getModel().getSize() == 4);
        edt(() -> samplers.setSelectedValue("hmc", false));
        await("hmc's parameters", () -> field(v, "samplerParam.steps") != null);
        edt(() -> field(v, "samplerParam.steps").setText("0"));
        edt(() -> assertTrue(error.getText().contains("'steps'"), error.getText()));
        edt(() -> field(v, "samplerParam.steps").setText("20"));
        await("valid again", () -> run.isEnabled());
        edt(() -> run.doClick());
        await("the run started", () -> workbench.starts.size() == 1);
        FakeWorkbench.Start s = workbench.starts.get(0);
        assertEquals("free.sample", s.task());
        assertEquals("0.5", s.raw().get("m2"));
        assertEquals("20", s.raw().get("hmc.steps"));
        assertEquals("hmc", s.options().sampler());
        assertNull(s.options().seed());
        JTabbedPane runTabs = find(v, "runTabs");
        await("the run's tab", () -> runTabs.getTabCount() == 1 && runTabs.getTitleAt(0).equals("r1"));
        await("the memory", () -> "0.5".equals(memory.load("free.sample").get("m2")));
        assertEquals("hmc", memory.load("free.sample").get(FormMemory.SAMPLER));
        assertEquals("20", memory.load("free.sample").get("hmc.steps"));

        edt(v::dispose);

        RunView again = view(memory);
        JComboBox<String> tasks2 = find(again, "taskCombo");
        await("the tasks", () -> tasks2.getItemCount() == 3);
        edt(() -> tasks2.setSelectedItem("free.sample"));
        await("the remembered m2", () -> field(again, "param.m2") != null && "0.5".equals(field(again, "param.m2").getText()));
        JList<String> samplers2 = find(again, "samplerList");
        await("the remembered sampler", () -> "hmc".equals(samplers2.getSelectedValue()));
        await("its remembered parameter", () -> field(again, "samplerParam.steps") != null
                && "20".equals(field(again, "samplerParam.steps").getText()));

        edt(() -> ((JButton) find(again, "resetDefaultsButton")).doClick());
        edt(() -> {
            assertEquals("1", field(again, "param.m2").getText());
            assertEquals("10", field(again, "samplerParam.steps").getText());
            assertEquals("", ((JLabel) find(again, "formError")).getText());
        });
        edt(again::dispose);
        await("the defaults remembered on closing", () -> "1".equals(memory.load("free.sample").get("m2")));
    }

    @Test
    void samplerListFollowsTheParameters() {
        RunView v = view(new FormMemory(dir.resolve("ui.properties")));
        JComboBox<String> tasks = find(v, "taskCombo");
        await("the tasks", () -> tasks.getItemCount() == 3);
        edt(() -> tasks.setSelectedItem("phi4.sample"));
        await("the phi4 form", () -> field(v, "param.lambda") != null);
        JList<String> samplers = find(v, "samplerList");
        await("non-Gaussian samplers", () -> samplers.getModel().getSize() == 2);
        edt(() -> field(v, "param.lambda").setText("0"));
        await("at lambda = 0 the Gaussian samplers fit too", () -> samplers.getModel().getSize() == 4);
        workbench.samplers = workbench.samplers.subList(0, 3);
        await("a sampler bundle went away", () -> {
            v.refresh();
            return samplers.getModel().getSize() == 3;
        });
        edt(() -> tasks.setSelectedItem("free.exact"));
        await("a compute task has no sampler", () -> field(v, "param.samples") == null && field(v, "param.m2") != null
                && samplers.getModel().getSize() == 0 && !samplers.isEnabled());
        edt(v::dispose);
    }

    @Test
    void aBadSeedIsRefused() {
        RunView v = view(new FormMemory(dir.resolve("ui.properties")));
        await("a form", () -> field(v, "param.m2") != null);
        JLabel error = find(v, "formError");
        edt(() -> field(v, "seedField").setText("x"));
        edt(() -> assertTrue(error.getText().startsWith("seed 'x'"), error.getText()));
        edt(() -> field(v, "seedField").setText("123"));
        await("valid", () -> ((JButton) find(v, "runButton")).isEnabled());
        edt(() -> ((JButton) find(v, "runButton")).doClick());
        await("started", () -> workbench.starts.size() == 1);
        assertEquals(123L, workbench.starts.get(0).options().seed());
        assertEquals(Map.of("lattice", "4x4", "m2", "1"), workbench.starts.get(0).raw());
        edt(v::dispose);
    }
}
