package io.fruition.pulse.ui;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fruition.pulse.Dimension;
import io.fruition.pulse.PulseResults.RoundResult;

/**
 * The Apache ECharts option of the pulse's chart: each dimension's median by round, the relationship score in
 * bold, the supplier's prediction dashed, and the target (or the threshold) as a line across.
 */
public final class PulseChart {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COLOURS = {"#2f6fc0", "#8e44ad", "#16a085", "#d35400", "#7f8c8d"};

    private PulseChart() {
    }

    /** @param targetLabel what the line across says ("Target 7 by 7 Jun 2028"); {@code target} its height. */
    public static String option(List<RoundResult> rounds, BigDecimal target, String targetLabel) {
        ObjectNode option = JSON.createObjectNode();
        option.put("animation", false);
        option.putObject("textStyle").put("fontFamily", "inherit");
        option.putObject("tooltip").put("trigger", "axis");
        // A plain legend wraps onto a second line rather than crowding its names into one.
        option.putObject("legend").put("top", 0).put("type", "plain").put("itemGap", 18);
        option.putObject("grid").put("left", 40).put("right", 30).put("top", 70).put("bottom", 30);
        ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("min", 1).put("max", 10).put("interval", 1);
        rounds.forEach(r -> categories.add("Round " + r.round().number()));
        ArrayNode series = option.putArray("series");
        Dimension[] dimensions = Dimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            Dimension d = dimensions[i];
            ObjectNode s = line(series, d.label(), COLOURS[i], 1.5);
            ArrayNode data = s.putArray("data");
            rounds.forEach(r -> add(data, r.of(d).map(x -> x.median()).orElse(null)));
        }
        ObjectNode score = line(series, "Relationship score", "#111", 4);
        ArrayNode scores = score.putArray("data");
        rounds.forEach(r -> add(scores, r.score()));
        if (target != null) {
            ObjectNode mark = score.putObject("markLine").put("symbol", "none").put("silent", true);
            mark.putObject("lineStyle").put("type", "dashed").put("color", "#2e9e5b").put("width", 2);
            mark.putObject("label").put("formatter", targetLabel).put("position", "insideEndTop");
            mark.putArray("data").addObject().put("yAxis", target.doubleValue());
        }
        ObjectNode predicted = line(series, "Supplier's prediction", "#e67e22", 2);
        predicted.putObject("lineStyle").put("type", "dotted").put("width", 2);
        ArrayNode predictions = predicted.putArray("data");
        rounds.forEach(r -> add(predictions, r.predictedScore()));
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode line(ArrayNode series, String name, String colour, double width) {
        ObjectNode s = series.addObject().put("type", "line").put("name", name).put("connectNulls", true)
                .put("symbolSize", 6);
        s.putObject("itemStyle").put("color", colour);
        s.putObject("lineStyle").put("width", width);
        return s;
    }

    private static void add(ArrayNode data, BigDecimal value) {
        if (value == null) {
            data.addNull();
        } else {
            data.add(value.doubleValue());
        }
    }
}
