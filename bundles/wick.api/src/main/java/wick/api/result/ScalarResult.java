package wick.api.result;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A number with its standard error ({@code error = 0} when exact).
 *
 * @param value the estimate
 * @param error its standard error, ≥ 0
 */
public record ScalarResult(double value, double error) implements Result {
    static final String KIND = "scalar";

    /** An exact value (error 0). */
    public static ScalarResult exact(double value) {
        return new ScalarResult(value, 0.0);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("value", JsonArrays.jsonNumber(value));
        m.put("error", JsonArrays.jsonNumber(error));
        return m;
    }

    @Override
    public String toCsv() {
        return "value,error\n" + value + "," + error + "\n";
    }

    static ScalarResult fromJson(Map<String, ?> json) {
        return new ScalarResult(JsonArrays.number(json.get("value")), JsonArrays.number(json.get("error")));
    }
}
