package wick.ui.internal.results;

import javax.swing.table.AbstractTableModel;

import wick.api.result.TableResult;

/** A {@link TableResult} for a {@link javax.swing.JTable}; numbers shown as {@link ValueFormat#exact}. */
final class TableResultModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private final transient TableResult table;

    TableResultModel(TableResult table) {
        this.table = table;
    }

    @Override
    public int getRowCount() {
        return table.rows().size();
    }

    @Override
    public int getColumnCount() {
        return table.columns().size();
    }

    @Override
    public String getColumnName(int column) {
        return table.columns().get(column);
    }

    @Override
    public Object getValueAt(int row, int column) {
        Object v = table.rows().get(row).get(column);
        return v instanceof Double d ? ValueFormat.exact(d) : v;
    }
}
