package wick.api.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table: named columns and rows of cells (numbers or strings), e.g. a list of Feynman diagrams
 * with their symmetry factors.
 *
 * @param columns the column names
 * @param rows    rows, each with one cell per column ({@link Number} or {@link String})
 */
public record TableResult(List<String> columns, List<List<Object>> rows) implements Result {
    static final String KIND = "table";

    public TableResult {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table row has " + r.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(List.copyOf(r));
        }
        rows = List.copyOf(copy);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("columns", new ArrayList<>(columns));
        List<Object> rs = new ArrayList<>();
        for (List<Object> r : rows) {
            List<Object> cells = new ArrayList<>();
            for (Object c : r) {
                cells.add(c instanceof Double d ? JsonArrays.jsonNumber(d) : c);
            }
            rs.add(cells);
        }
        m.put("rows", rs);
        return m;
    }

    @Override
    public String toCsv() {
        StringBuilder b = new StringBuilder(String.join(",", columns)).append('\n');
        for (List<Object> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                String s = String.valueOf(r.get(i));
                b.append(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
            }
            b.append('\n');
        }
        return b.toString();
    }

    static TableResult fromJson(Map<String, ?> json) {
        Object c = json.get("columns");
        Object r = json.get("rows");
        if (!(c instanceof List<?> cl) || !(r instanceof List<?> rl)) {
            throw new IllegalArgumentException("table result needs 'columns' and 'rows'");
        }
        List<String> columns = new ArrayList<>();
        cl.forEach(x -> columns.add(String.valueOf(x)));
        List<List<Object>> rows = new ArrayList<>();
        for (Object row : rl) {
            rows.add(new ArrayList<>((List<?>) row));
        }
        return new TableResult(columns, rows);
    }
}
