package wick.ui.internal.run;

import java.util.List;
import java.util.Map;

import wick.api.run.RunStatus;
import wick.ui.internal.charts.SpanMark;
import wick.ui.internal.results.ResultsPanel;

/**
 * What one poll of a run found, gathered off the event thread and applied on it. Fields that did
 * not change since the previous poll are {@code null}.
 *
 * @param status   the run's status
 * @param progress fraction done
 * @param message  the run's last message
 * @param sampler  the current sampler (chains), or {@code null}
 * @param traces   per primary observable, the decimated trace {@code {x, y}}, or {@code null}
 * @param spans    the sampler history by measurement, or {@code null}
 * @param fitting  the samplers that fit the run's target, or {@code null}
 * @param results  the results with their charts, once completed, or {@code null}
 */
record RunPoll(RunStatus status, double progress, String message, String sampler, Map<String, double[][]> traces,
        List<SpanMark> spans, List<String> fitting, ResultsPanel.Content results) {
}
