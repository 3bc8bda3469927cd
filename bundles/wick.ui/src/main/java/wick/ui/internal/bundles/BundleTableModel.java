package wick.ui.internal.bundles;

import java.util.List;

import javax.swing.table.AbstractTableModel;

/** The installed bundles: symbolic name, version, state, location. */
final class BundleTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"symbolic name", "version", "state", "location"};
    private transient List<BundleRow> rows = List.of();

    /** Replaces the rows; returns whether anything changed. */
    boolean set(List<BundleRow> newRows) {
        if (newRows.equals(rows)) {
            return false;
        }
        rows = List.copyOf(newRows);
        fireTableDataChanged();
        return true;
    }

    BundleRow row(int i) {
        return rows.get(i);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        BundleRow r = rows.get(row);
        return switch (column) {
            case 0 -> r.name();
            case 1 -> r.version();
            case 2 -> r.state();
            default -> r.location();
        };
    }
}
