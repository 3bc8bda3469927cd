package wick.ui.internal.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The measurements {@code [from, to)} a chain made with one sampler (a stretch of its sampler history).
 *
 * @param sampler the sampler id
 * @param from    first measurement index
 * @param to      one past the last measurement index
 */
public record SpanMark(String sampler, int from, int to) {

    /** The stretches of equal samplers in the per-measurement sampler list (as {@code Measurements.samplers()} gives it). */
    public static List<SpanMark> of(List<String> rowSamplers) {
        List<SpanMark> spans = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= rowSamplers.size(); i++) {
            if (i == rowSamplers.size() || !Objects.equals(rowSamplers.get(i), rowSamplers.get(from))) {
                spans.add(new SpanMark(rowSamplers.get(from), from, i));
                from = i;
            }
        }
        return spans;
    }
}
