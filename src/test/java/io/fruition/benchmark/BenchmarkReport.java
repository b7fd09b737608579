package io.fruition.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one report of {@code ./mvnw -Pproduction,benchmark verify}: every benchmark of the run adds its figures here, and
 * {@code target/benchmarks/report.md} and {@code report.json} are written anew after each addition, so a run that
 * stops half-way still leaves what it measured. Every figure is a median, p95 and max over repeated samples;
 * ratios are taken between figures of the same run, since this machine is shared and noisy.
 */
public final class BenchmarkReport {

    private static final Path DIRECTORY = Path.of("target", "benchmarks");
    private static final List<Figure> FIGURES = new ArrayList<>();
    private static final List<Ratio> RATIOS = new ArrayList<>();
    private static final Map<String, Map<String, Map<Integer, Double>>> GROWTH = new LinkedHashMap<>();
    private static final Map<String, String> MACHINE = machine();

    private BenchmarkReport() {
    }

    /** Median, p95 and max of samples, in a unit ("ms", "requests/s", "ideas/s", "s", "MB"). */
    public record Figure(String section, String name, String unit, int samples, double median, double p95,
            double max, String note) {
    }

    /** {@code value / floor}, with the target it must reach (or null if it has none) and whether it does. */
    public record Ratio(String section, String name, double value, Double target, Boolean met, String note) {
    }

    public static synchronized Figure figure(String section, String name, String unit, Collection<Double> samples,
            String note) {
        List<Double> sorted = samples.stream().sorted().toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("No samples for " + name);
        }
        Figure figure = new Figure(section, name, unit, sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                sorted.get(sorted.size() - 1), note);
        FIGURES.add(figure);
        write();
        return figure;
    }

    /** A ratio of two medians of this run; {@code target} is the least it should be (null: reported only). */
    public static synchronized Ratio ratio(String section, String name, double value, Double target, String note) {
        Ratio ratio = new Ratio(section, name, value, target, target == null ? null : value >= target, note);
        RATIOS.add(ratio);
        write();
        return ratio;
    }

    /** An upper bound a figure's p95 (or median) must stay under, reported as met or not; never an assertion. */
    public static synchronized Ratio limit(String section, String name, double value, double limit, String note) {
        // Stored as a ratio of limit to value: at least 1 when the figure is within its limit.
        Ratio ratio = new Ratio(section, name, value, limit, value <= limit, note);
        RATIOS.add(ratio);
        write();
        return ratio;
    }

    /**
     * How figures grow with a size (e.g. ideas in a partnership): a table of {@code figure → size → value}, each
     * step between sizes marked when the figure grew faster than the size did (worse than linear).
     */
    public static synchronized void growth(String title, Map<String, Map<Integer, Double>> table) {
        GROWTH.put(title, table);
        write();
    }

    static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void write() {
        try {
            Files.createDirectories(DIRECTORY);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("written", Instant.now().toString());
            json.put("machine", MACHINE);
            json.put("figures", FIGURES);
            json.put("targets", RATIOS);
            json.put("growth", GROWTH);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(DIRECTORY.resolve("report.json").toFile(), json);
            Files.writeString(DIRECTORY.resolve("report.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown() {
        StringBuilder md = new StringBuilder("# Fruition benchmark report\n\n");
        md.append("Written ").append(Instant.now()).append(" on ").append(MACHINE.get("cpus")).append(" cores, ")
                .append(MACHINE.get("os")).append(", Java ").append(MACHINE.get("java"))
                .append(". Reproduce: `./mvnw -Pproduction,benchmark verify`.\n\n");
        if (!RATIOS.isEmpty()) {
            md.append("## Targets\n\n| section | target | figure | needed | met |\n|---|---|---|---|---|\n");
            for (Ratio r : RATIOS) {
                md.append("| ").append(r.section()).append(" | ").append(r.name()).append(" | ")
                        .append(number(r.value())).append(" | ")
                        .append(r.target() == null ? "–" : number(r.target())).append(" | ")
                        .append(r.met() == null ? "–" : r.met() ? "yes" : "**no**").append(" |\n");
            }
            md.append('\n');
        }
        Map<String, List<Figure>> sections = new LinkedHashMap<>();
        FIGURES.forEach(f -> sections.computeIfAbsent(f.section(), k -> new ArrayList<>()).add(f));
        sections.forEach((section, figures) -> {
            md.append("## ").append(section).append("\n\n| figure | unit | median | p95 | max | samples | note |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (Figure f : figures) {
                md.append("| ").append(f.name()).append(" | ").append(f.unit()).append(" | ")
                        .append(number(f.median())).append(" | ").append(number(f.p95())).append(" | ")
                        .append(number(f.max())).append(" | ").append(f.samples()).append(" | ")
                        .append(f.note() == null ? "" : f.note()).append(" |\n");
            }
            md.append('\n');
        });
        GROWTH.forEach((title, table) -> {
            List<Integer> sizes = table.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
            md.append("## ").append(title).append("\n\n| figure |");
            sizes.forEach(size -> md.append(String.format(Locale.ROOT, " %,d |", size)));
            md.append(" grows |\n|---|");
            sizes.forEach(size -> md.append("---|"));
            md.append("---|\n");
            table.forEach((name, values) -> {
                md.append("| ").append(name).append(" |");
                sizes.forEach(size -> md.append(' ').append(values.containsKey(size) ? number(values.get(size)) : "–")
                        .append(" |"));
                md.append(' ').append(growthOf(values)).append(" |\n");
            });
            md.append('\n');
        });
        return md.toString();
    }

    /** "sub-linear" unless some step grew faster than the size: then which, by how much. */
    static String growthOf(Map<Integer, Double> values) {
        List<Integer> sizes = values.keySet().stream().sorted().toList();
        List<String> faster = new ArrayList<>();
        for (int i = 1; i < sizes.size(); i++) {
            double sizeRatio = (double) sizes.get(i) / sizes.get(i - 1);
            double figureRatio = values.get(sizes.get(i)) / Math.max(values.get(sizes.get(i - 1)), 0.001);
            if (figureRatio > sizeRatio) {
                faster.add(String.format(Locale.ROOT, "**faster than linear** %,d→%,d: ×%.1f for ×%.0f", sizes.get(i - 1),
                        sizes.get(i), figureRatio, sizeRatio));
            }
        }
        if (!faster.isEmpty()) {
            return String.join("; ", faster);
        }
        return sizes.size() < 2 ? "–" : String.format(Locale.ROOT, "×%.1f over ×%.0f",
                values.get(sizes.get(sizes.size() - 1)) / Math.max(values.get(sizes.get(0)), 0.001),
                (double) sizes.get(sizes.size() - 1) / sizes.get(0));
    }

    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static Map<String, String> machine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.version"));
        machine.put("maxHeapMb", String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        return machine;
    }
}
