package wick.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;

/** JSON text from and to the plain model (maps, lists, numbers, strings) that results use. */
final class Json {
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();

    private Json() {
    }

    static String write(Object model) {
        return PRETTY.toJson(model) + "\n";
    }

    static Map<String, Object> read(String text) {
        Map<String, Object> m = PRETTY.fromJson(text, new TypeToken<LinkedHashMap<String, Object>>() { }.getType());
        if (m == null) {
            throw new IllegalArgumentException("empty JSON document");
        }
        return m;
    }
}
