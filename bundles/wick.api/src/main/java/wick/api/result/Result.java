package wick.api.result;

import java.util.List;
import java.util.Map;

/**
 * A result of a task or run: one of a small closed family, each with a JSON form (a plain model of
 * {@link Map}, {@link List}, {@link Number}, {@link String}) and a CSV form.
 *
 * <p>JSON forms: {@code {"kind":"scalar","value":x,"error":e}},
 * {@code {"kind":"series","x":[...],"y":[...],"error":[...]}},
 * {@code {"kind":"histogram","edges":[...],"counts":[...]}},
 * {@code {"kind":"field","shape":[...],"values":[...]}},
 * {@code {"kind":"table","columns":[...],"rows":[[...],...]}}.
 */
public sealed interface Result permits ScalarResult, SeriesResult, HistogramResult, FieldResult, TableResult {

    /** {@code "scalar"}, {@code "series"}, {@code "histogram"}, {@code "field"} or {@code "table"}. */
    String kind();

    /** The JSON form as a plain model (insertion-ordered maps). */
    Map<String, Object> toJson();

    /** The CSV form: a header line, then one line per value or row. */
    String toCsv();

    /**
     * Reads a JSON form produced by {@link #toJson()} (numbers may come back as any {@link Number}).
     *
     * @throws IllegalArgumentException for an unknown kind or a missing field
     */
    static Result fromJson(Map<String, ?> json) {
        Object kind = json.get("kind");
        if (kind == null) {
            throw new IllegalArgumentException("result without a kind: " + json);
        }
        return switch (kind.toString()) {
            case ScalarResult.KIND -> ScalarResult.fromJson(json);
            case SeriesResult.KIND -> SeriesResult.fromJson(json);
            case HistogramResult.KIND -> HistogramResult.fromJson(json);
            case FieldResult.KIND -> FieldResult.fromJson(json);
            case TableResult.KIND -> TableResult.fromJson(json);
            default -> throw new IllegalArgumentException("unknown result kind '" + kind + "'");
        };
    }
}
