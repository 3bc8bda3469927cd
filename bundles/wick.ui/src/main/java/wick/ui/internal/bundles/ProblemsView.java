package wick.ui.internal.bundles;

import java.awt.BorderLayout;
import java.util.List;
import java.util.function.Supplier;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import wick.ui.internal.Background;

/**
 * The "Problems" view: unresolved bundles and unsatisfied or failed components, with the reason
 * ({@code problemsTable}), scanned off the event thread every couple of seconds.
 */
public final class ProblemsView extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"kind", "name", "state", "reason"};
    private final transient BundleContext context;
    private final transient Background background;
    private final transient Supplier<ServiceComponentRuntime> scr;
    private final transient ProblemScanner scanner;
    private final DefaultTableModel model = new DefaultTableModel(COLUMNS, 0) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JTable problemsTable = new JTable(model) {
        private static final long serialVersionUID = 1L;

        @Override
        public String getToolTipText(java.awt.event.MouseEvent e) {
            int row = rowAtPoint(e.getPoint());
            int column = columnAtPoint(e.getPoint());
            return row < 0 || column < 0 ? null : String.valueOf(getValueAt(row, column));
        }
    };
    private final JLabel problemsNote = new JLabel(" ");
    private final transient BundleListener listener;
    private transient List<Problem> shown = List.of();
    private boolean scanning;

    /**
     * @param scr the component runtime, or a supplier of {@code null} while there is none
     */
    public ProblemsView(BundleContext context, Background background, Supplier<ServiceComponentRuntime> scr) {
        super(new BorderLayout(4, 4));
        this.context = context;
        this.background = background;
        this.scr = scr;
        this.scanner = new ProblemScanner(context);
        setName("problemsView");
        problemsTable.setName("problemsTable");
        problemsNote.setName("problemsNote");
        problemsTable.setAutoCreateRowSorter(true);
        problemsTable.getColumnModel().getColumn(0).setPreferredWidth(80);
        problemsTable.getColumnModel().getColumn(1).setPreferredWidth(300);
        problemsTable.getColumnModel().getColumn(2).setPreferredWidth(160);
        problemsTable.getColumnModel().getColumn(3).setPreferredWidth(600);
        add(problemsNote, BorderLayout.NORTH);
        add(new JScrollPane(problemsTable), BorderLayout.CENTER);
        listener = e -> {
            scanner.bundlesChanged();
            javax.swing.SwingUtilities.invokeLater(this::refresh);
        };
        context.addBundleListener(listener);
        refresh();
    }

    /** Scans again (off the event thread). */
    public void refresh() {
        if (scanning) {
            return;
        }
        scanning = true;
        ServiceComponentRuntime runtime = scr.get();
        background.poll(() -> scanner.scan(runtime), problems -> {
            scanning = false;
            show(problems, runtime != null);
        }, e -> {
            scanning = false;
            problemsNote.setText("cannot scan: " + Background.describe(e));
        });
    }

    private void show(List<Problem> problems, boolean components) {
        problemsNote.setText((problems.isEmpty() ? "No problems." : problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ".")
                + (components ? "" : " (Declarative Services runtime not available: components not checked.)"));
        if (problems.equals(shown)) {
            return;
        }
        shown = problems;
        model.setRowCount(0);
        for (Problem p : problems) {
            model.addRow(new Object[] {p.kind(), p.name(), p.state(), p.reason()});
        }
    }

    public void dispose() {
        try {
            context.removeBundleListener(listener);
        } catch (IllegalStateException e) {
            // the framework is stopping
        }
    }
}
