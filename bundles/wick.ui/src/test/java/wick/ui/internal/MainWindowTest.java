package wick.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static wick.ui.internal.Swing.await;
import static wick.ui.internal.Swing.edt;
import static wick.ui.internal.Swing.find;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JTabbedPane;
import javax.swing.JTree;
import javax.swing.tree.TreeModel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wick.ui.internal.Fakes.FakeWorkbench;
import wick.ui.internal.form.FormMemory;

class MainWindowTest {
    @TempDir
    Path dir;

    @Test
    void viewsAndInstalledTree() throws InterruptedException {
        FakeWorkbench workbench = new FakeWorkbench();
        MainWindow w = edt(() -> new MainWindow(workbench, null, () -> null, new FormMemory(dir.resolve("m"))));
        edt(() -> {
            JTabbedPane views = find(w.content(), "views");
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < views.getTabCount(); i++) {
                titles.add(views.getTitleAt(i));
            }
            assertEquals(List.of("Run", "Runs", "Bundles", "Problems"), titles);
        });
        JTree tree = find(w.content(), "installedTree");
        await("the tree", () -> tree.getModel().getChildCount(tree.getModel().getRoot()) == 3
                && tree.getModel().getChildCount(tree.getModel().getChild(tree.getModel().getRoot(), 0)) == 3);
        edt(() -> {
            TreeModel m = tree.getModel();
            Object root = m.getRoot();
            assertEquals("Tasks", m.getChild(root, 0).toString());
            assertEquals("Samplers", m.getChild(root, 1).toString());
            assertEquals("Bundles", m.getChild(root, 2).toString());
            assertEquals("free.exact", m.getChild(m.getChild(root, 0), 0).toString());
            assertEquals("metropolis", m.getChild(m.getChild(root, 1), 3).toString());
        });
        await("the form", () -> find(w.content(), "param.m2") != null);
        Swing.picture(w.content(), 1280, 800, "main-window");
        edt(w::dispose);
        w.awaitClosed(5000);
    }
}
