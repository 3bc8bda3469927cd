package wick.ui.internal.bundles;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.io.File;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import wick.ui.internal.Background;

/**
 * The "Bundles" view: every installed bundle ({@code bundleTable}); install a jar
 * ({@code installBundleButton}), start, stop, uninstall the selected ones; the plugins folder
 * FileInstall watches ({@code pluginsFolder}) and the recent install / update / uninstall events
 * ({@code pluginActivity}). Bundle operations run off the event thread.
 */
public final class BundlesView extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int MAX_EVENTS = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final transient BundleContext context;
    private final transient Background background;
    private final BundleTableModel model = new BundleTableModel();
    private final JTable bundleTable = new JTable(model);
    private final DefaultListModel<String> events = new DefaultListModel<>();
    private final JList<String> pluginActivity = new JList<>(events);
    private final JLabel bundleMessage = new JLabel(" ");
    private final transient BundleListener listener = this::bundleChanged;
    private File lastDirectory;

    public BundlesView(BundleContext context, Background background) {
        super(new BorderLayout(4, 4));
        this.context = context;
        this.background = background;
        setName("bundlesView");
        bundleTable.setName("bundleTable");
        bundleTable.setAutoCreateRowSorter(true);
        bundleTable.getColumnModel().getColumn(0).setPreferredWidth(260);
        bundleTable.getColumnModel().getColumn(1).setPreferredWidth(110);
        bundleTable.getColumnModel().getColumn(2).setPreferredWidth(80);
        bundleTable.getColumnModel().getColumn(3).setPreferredWidth(500);
        pluginActivity.setName("pluginActivity");
        bundleMessage.setName("bundleMessage");

        String dir = context.getProperty("felix.fileinstall.dir");
        JLabel pluginsFolder = new JLabel(dir == null ? "(none: FileInstall is not configured)" : dir);
        pluginsFolder.setName("pluginsFolder");
        pluginsFolder.setToolTipText(dir == null ? null
                : "jars copied into " + new File(dir).getAbsolutePath() + " are installed and started within a second; deleting them uninstalls them");
        lastDirectory = dir == null ? null : new File(dir);

        JButton install = button("installBundleButton", "Install…", e -> install());
        JButton start = button("startBundleButton", "Start", e -> onSelected("start", b -> b.start()));
        JButton stop = button("stopBundleButton", "Stop", e -> onSelected("stop", b -> b.stop()));
        JButton uninstall = button("uninstallBundleButton", "Uninstall", e -> onSelected("uninstall", Bundle::uninstall));

        JPanel top = new JPanel(new BorderLayout());
        JPanel folder = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        folder.add(new JLabel("Plugins folder:"));
        folder.add(pluginsFolder);
        top.add(folder, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        buttons.add(install);
        buttons.add(start);
        buttons.add(stop);
        buttons.add(uninstall);
        buttons.add(bundleMessage);
        top.add(buttons, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        JScrollPane activity = new JScrollPane(pluginActivity);
        activity.setBorder(BorderFactory.createTitledBorder("Recent activity (installed, updated, uninstalled)"));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(bundleTable), activity);
        split.setResizeWeight(0.75);
        add(split, BorderLayout.CENTER);
        context.addBundleListener(listener);
        refresh();
    }

    private static JButton button(String name, String text, java.awt.event.ActionListener action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(action);
        return b;
    }

    /** Re-reads the bundles (cheap; on the event thread). */
    public void refresh() {
        Bundle[] bundles;
        try {
            bundles = context.getBundles();
        } catch (IllegalStateException e) {
            return;
        }
        Set<Long> selected = new HashSet<>();
        for (int row : bundleTable.getSelectedRows()) {
            selected.add(model.row(bundleTable.convertRowIndexToModel(row)).id());
        }
        if (model.set(Arrays.stream(bundles).map(BundleRow::of).toList())) {
            for (int i = 0; i < model.getRowCount(); i++) {
                if (selected.contains(model.row(i).id())) {
                    int view = bundleTable.convertRowIndexToView(i);
                    bundleTable.addRowSelectionInterval(view, view);
                }
            }
        }
    }

    public void dispose() {
        try {
            context.removeBundleListener(listener);
        } catch (IllegalStateException e) {
            // the framework is stopping
        }
    }

    private void bundleChanged(BundleEvent e) {
        String what = switch (e.getType()) {
            case BundleEvent.INSTALLED -> "installed";
            case BundleEvent.UPDATED -> "updated";
            case BundleEvent.UNINSTALLED -> "uninstalled";
            default -> null;
        };
        Bundle b = e.getBundle();
        String line = what == null ? null
                : LocalTime.now().format(TIME) + "  " + what + "  " + b.getSymbolicName() + " " + b.getVersion() + "  (" + b.getLocation() + ")";
        SwingUtilities.invokeLater(() -> {
            if (line != null) {
                events.add(0, line);
                while (events.size() > MAX_EVENTS) {
                    events.remove(events.size() - 1);
                }
            }
            refresh();
        });
    }

    private interface BundleAction {
        void apply(Bundle b) throws Exception;
    }

    private void onSelected(String verb, BundleAction action) {
        List<Long> ids = new ArrayList<>();
        for (int row : bundleTable.getSelectedRows()) {
            ids.add(model.row(bundleTable.convertRowIndexToModel(row)).id());
        }
        if (ids.isEmpty()) {
            message("select a bundle to " + verb, true);
            return;
        }
        message(verb + "…", false);
        background.act(() -> {
            List<String> done = new ArrayList<>();
            for (long id : ids) {
                Bundle b = context.getBundle(id);
                if (b != null) {
                    action.apply(b);
                    done.add(b.getSymbolicName());
                }
            }
            return done;
        }, done -> {
            message(verb + ": " + String.join(", ", done), false);
            refresh();
        }, e -> {
            message("cannot " + verb + ": " + Background.describe(e), true);
            refresh();
        });
    }

    private void install() {
        JFileChooser chooser = new JFileChooser(lastDirectory);
        chooser.setFileFilter(new FileNameExtensionFilter("Bundles (*.jar)", "jar"));
        chooser.setDialogTitle("Install a bundle");
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File f = chooser.getSelectedFile();
        lastDirectory = f.getParentFile();
        message("installing " + f.getName() + "…", false);
        background.act(() -> {
            Bundle b = context.installBundle(f.toURI().toString());
            if (b.getHeaders().get("Fragment-Host") == null) {
                b.start();
            }
            return b.getSymbolicName() + " " + b.getVersion();
        }, s -> {
            message("installed " + s, false);
            refresh();
        }, e -> {
            message("cannot install " + f.getName() + ": " + Background.describe(e), true);
            refresh();
        });
    }

    private void message(String text, boolean error) {
        bundleMessage.setForeground(error ? new Color(0xC00000) : getForeground());
        bundleMessage.setText(text);
        bundleMessage.setToolTipText(text);
    }
}
