package io.fruition.analytics.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fruition.analytics.Portfolio;
import io.fruition.analytics.Portfolio.Bubble;
import io.fruition.analytics.Portfolio.FunnelStage;
import io.fruition.analytics.Portfolio.OriginCount;
import io.fruition.analytics.Portfolio.RealisedYear;
import io.fruition.analytics.Portfolio.Spread;
import io.fruition.valuation.Priority;
import com.fasterxml.jackson.core.JsonProcessingException;

/** The Apache ECharts options of the portfolio's charts, built from its figures; the page sends them as JSON. */
final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CUSTOMER = "#1f77b4";
    static final String SUPPLIER = "#e67e22";
    private static final Map<Priority, String> PRIORITY_COLOURS = Map.of(Priority.QUICK_WIN, "#2e9e5b",
            Priority.STRATEGIC_BET, "#2f6fc0", Priority.FILL_IN, "#b58b00", Priority.DEPRIORITISE, "#c0392b");

    private ChartOptions() {
    }

    static String funnel(Portfolio.Funnel funnel) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 150).put("right", 40).put("top", 10).put("bottom", 30);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ObjectNode y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        ArrayNode categories = y.putArray("data");
        ObjectNode series = option.putArray("series").addObject().put("type", "bar").put("name", "Ideas that reached it");
        series.putObject("itemStyle").put("color", "#2f6fc0");
        series.putObject("label").put("show", true).put("position", "right");
        ArrayNode data = series.putArray("data");
        for (FunnelStage stage : funnel.stages()) {
            categories.add(stage.stage().label());
            data.add(stage.reached());
        }
        return write(option);
    }

    static String valueMap(Portfolio.ValueMap map, String currency) {
        ObjectNode option = base();
        option.put("bubbleTooltip", currency);
        option.putObject("legend").put("top", 0).put("type", "scroll");
        option.putObject("grid").put("left", 80).put("right", 30).put("top", 40).put("bottom", 50);
        option.putObject("xAxis").put("type", "value").put("name", "Customer value per year (" + currency + ")")
                .put("nameLocation", "middle").put("nameGap", 30);
        option.putObject("yAxis").put("type", "value").put("name", "Supplier value per year (" + currency + ")")
                .put("nameLocation", "end");
        double max = map.bubbles().stream().map(Bubble::oneOffCost).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        ArrayNode series = option.putArray("series");
        for (Priority priority : Priority.values()) {
            List<Bubble> bubbles = map.bubbles().stream().filter(b -> b.priority() == priority).toList();
            if (bubbles.isEmpty()) {
                continue;
            }
            ObjectNode s = series.addObject().put("type", "scatter").put("name", priority.label())
                    .put("bubbleMax", Math.max(1, max)).put("cursor", "pointer");
            s.putObject("itemStyle").put("color", PRIORITY_COLOURS.get(priority)).put("opacity", 0.75);
            ArrayNode data = s.putArray("data");
            for (Bubble b : bubbles) {
                ObjectNode point = data.addObject().put("number", b.number()).put("title", b.title());
                point.putArray("value").add(b.customerValue()).add(b.supplierValue()).add(b.oneOffCost());
            }
        }
        return write(option);
    }

    static String stageTimes(List<Spread> stages) {
        ObjectNode option = bars(220, 30);
        option.putObject("xAxis").put("type", "value").put("name", "days");
        ArrayNode categories = option.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        ArrayNode series = option.putArray("series");
        ArrayNode median = bar(series, "Median", "#2f6fc0");
        ArrayNode p90 = bar(series, "90th percentile", "#9db7de");
        for (Spread s : stages) {
            categories.add(s.what());
            median.add(s.medianDays() == null ? 0 : s.medianDays());
            p90.add(s.p90Days() == null ? 0 : s.p90Days());
        }
        return write(option);
    }

    static String origin(List<OriginCount> counts) {
        ObjectNode option = bars(50, 30);
        ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode series = option.putArray("series");
        ArrayNode ideas = bar(series, "Ideas", "#2f6fc0");
        ArrayNode approved = bar(series, "Approved", "#2e9e5b");
        for (OriginCount c : counts) {
            categories.add(c.origin());
            ideas.add(c.ideas());
            approved.add(c.approved());
        }
        return write(option);
    }

    static String valueRealised(List<RealisedYear> years, String currency) {
        ObjectNode option = bars(90, 56);
        ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("name", currency + " per year");
        ArrayNode series = option.putArray("series");
        ArrayNode customerEstimated = bar(series, "Customer: estimated", "#a9c9e8");
        ArrayNode customerRealised = bar(series, "Customer: realised", CUSTOMER);
        ArrayNode supplierEstimated = bar(series, "Supplier: estimated", "#f5cba7");
        ArrayNode supplierRealised = bar(series, "Supplier: realised", SUPPLIER);
        for (RealisedYear y : years) {
            categories.add(String.valueOf(y.year()));
            customerEstimated.add(y.customerEstimated());
            customerRealised.add(y.customerRealised());
            supplierEstimated.add(y.supplierEstimated());
            supplierRealised.add(y.supplierRealised());
        }
        return write(option);
    }

    /** A bar chart with a tooltip per category and a legend of its series above the plot. */
    private static ObjectNode bars(int left, int top) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0).put("type", "scroll");
        option.putObject("grid").put("left", left).put("right", 30).put("top", top).put("bottom", 30);
        return option;
    }

    private static ArrayNode bar(ArrayNode series, String name, String colour) {
        ObjectNode s = series.addObject().put("type", "bar").put("name", name);
        s.putObject("itemStyle").put("color", colour);
        return s.putArray("data");
    }

    private static ObjectNode base() {
        ObjectNode option = JSON.createObjectNode();
        option.put("animation", false);
        option.putObject("textStyle").put("fontFamily", "inherit");
        return option;
    }

    private static String write(ObjectNode option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
