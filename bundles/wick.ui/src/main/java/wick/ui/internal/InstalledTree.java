package wick.ui.internal;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.swing.JTree;
import javax.swing.ToolTipManager;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;

import wick.api.run.SamplerInfo;
import wick.api.run.TaskInfo;
import wick.api.run.Workbench;

/**
 * What is installed ({@code installedTree}): Tasks, Samplers and Bundles, each leaf's text the id
 * or symbolic name, the description as tool tip. Refreshed off the event thread every second and
 * rebuilt only when something changed. Double-clicking a task selects it in the Run view.
 */
final class InstalledTree extends JTree {
    private static final long serialVersionUID = 1L;
    private final transient Workbench workbench;
    private final transient Supplier<List<String>> bundles;
    private final transient Background background;
    private final Map<String, String> tips = new LinkedHashMap<>();
    private transient Snapshot shown;
    private final java.util.Set<String> collapsed = new java.util.HashSet<>(java.util.Set.of("Bundles"));
    private boolean refreshing;
    private boolean building;

    private record Snapshot(List<TaskInfo> tasks, List<SamplerInfo> samplers, List<String> bundles) {
    }

    /**
     * @param bundles  the symbolic names of the installed bundles (called off the event thread)
     * @param openTask called with a task id on double click
     */
    InstalledTree(Workbench workbench, Supplier<List<String>> bundles, Background background, Consumer<String> openTask) {
        super(new DefaultTreeModel(new DefaultMutableTreeNode("Installed")));
        this.workbench = workbench;
        this.bundles = bundles;
        this.background = background;
        setName("installedTree");
        setRootVisible(false);
        setShowsRootHandles(true);
        ToolTipManager.sharedInstance().registerComponent(this);
        setCellRenderer(new DefaultTreeCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getTreeCellRendererComponent(JTree tree, Object value, boolean sel, boolean expanded,
                    boolean leaf, int row, boolean focus) {
                super.getTreeCellRendererComponent(tree, value, sel, expanded, leaf, row, focus);
                setToolTipText(leaf ? tips.get(path(value)) : null);
                return this;
            }
        });
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                TreePath p = getPathForLocation(e.getX(), e.getY());
                if (e.getClickCount() == 2 && p != null && p.getPathCount() == 3
                        && "Tasks".equals(p.getPathComponent(1).toString())) {
                    openTask.accept(p.getLastPathComponent().toString());
                }
            }
        });
        addTreeExpansionListener(new javax.swing.event.TreeExpansionListener() {
            @Override
            public void treeExpanded(javax.swing.event.TreeExpansionEvent e) {
                if (!building) {
                    collapsed.remove(e.getPath().getLastPathComponent().toString());
                }
            }

            @Override
            public void treeCollapsed(javax.swing.event.TreeExpansionEvent e) {
                if (!building) {
                    collapsed.add(e.getPath().getLastPathComponent().toString());
                }
            }
        });
        build(new Snapshot(List.of(), List.of(), List.of()));
    }

    private static String path(Object node) {
        if (node instanceof DefaultMutableTreeNode n && n.getParent() != null) {
            return n.getParent() + "/" + n;
        }
        return String.valueOf(node);
    }

    /** Re-reads what is installed (off the event thread). */
    void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        background.poll(() -> new Snapshot(workbench.tasks(), workbench.samplers(), bundles.get()), s -> {
            refreshing = false;
            if (!s.equals(shown)) {
                build(s);
            }
        }, e -> refreshing = false);
    }

    private void build(Snapshot s) {
        shown = s;
        tips.clear();
        DefaultMutableTreeNode root = new DefaultMutableTreeNode("Installed");
        DefaultMutableTreeNode tasks = new DefaultMutableTreeNode("Tasks");
        for (TaskInfo t : s.tasks()) {
            tasks.add(new DefaultMutableTreeNode(t.id()));
            tips.put("Tasks/" + t.id(), (t.chain() ? "chain: " : "compute: ") + t.description() + " [" + t.bundle() + " " + t.version() + "]");
        }
        DefaultMutableTreeNode samplers = new DefaultMutableTreeNode("Samplers");
        for (SamplerInfo i : s.samplers()) {
            samplers.add(new DefaultMutableTreeNode(i.id()));
            tips.put("Samplers/" + i.id(), i.description() + "; needs " + String.join(" + ", i.requires()) + " [" + i.bundle()
                    + " " + i.version() + "]");
        }
        DefaultMutableTreeNode bundleNode = new DefaultMutableTreeNode("Bundles");
        for (String b : s.bundles()) {
            bundleNode.add(new DefaultMutableTreeNode(b));
        }
        root.add(tasks);
        root.add(samplers);
        root.add(bundleNode);
        building = true;
        try {
            ((DefaultTreeModel) getModel()).setRoot(root);
            for (int i = 0; i < root.getChildCount(); i++) {
                DefaultMutableTreeNode n = (DefaultMutableTreeNode) root.getChildAt(i);
                if (!collapsed.contains(n.toString())) {
                    expandPath(new TreePath(n.getPath()));
                }
            }
        } finally {
            building = false;
        }
    }
}
