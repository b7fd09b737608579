package io.fruition.process.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.process.IdeaProcess;

/**
 * Draws an idea's process as SVG from the deployed model's own diagram (BPMN DI), so it is the diagram Camunda
 * Modeler and Cockpit show: steps already passed in green, the steps the idea waits in now highlighted. SVG
 * scales sharply at any zoom, and needs no script in the browser.
 */
@Service
@Transactional(readOnly = true)
public class ProcessDiagram {

    private final JdbcClient jdbc;
    private final RepositoryService repository;

    ProcessDiagram(JdbcClient jdbc, RepositoryService repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /**
     * The diagram as drawn: the SVG, its natural size in pixels (labels of 11 to 13 px at zoom 1), the centre of
     * the first step the idea waits in (to scroll it into view) and the diagram in words, its text alternative.
     */
    public record Drawing(String svg, double width, double height, Optional<double[]> focus, String inWords) {
    }

    /** The lifecycle diagram of the idea with this number, if its process exists (no user check: callers check). */
    public Optional<String> svgOf(String ideaNumber) {
        return drawingOf(ideaNumber).map(Drawing::svg);
    }

    /** The same diagram with what a viewer needs to show it readably. */
    public Optional<Drawing> drawingOf(String ideaNumber) {
        // The latest lifecycle instance's steps, from the visits Fruition keeps (StepVisits), not the engine's
        // history: the diagram of an idea decided years ago is drawn as it was.
        Optional<Map.Entry<String, String>> instance = jdbc.sql("""
                select process_instance_id, process_definition_id from step_visit
                where idea_number = ? and process_definition_key = ?
                order by started_at desc, activity_instance_id desc fetch first 1 rows only""")
                .params(ideaNumber, IdeaProcess.KEY)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).optional();
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        Set<String> passed = new HashSet<>();
        Set<String> current = new HashSet<>();
        jdbc.sql("select activity_id, ended_at is null as still_open from step_visit where process_instance_id = ?")
                .param(instance.get().getKey())
                .query((rs, n) -> Map.entry(rs.getString("activity_id"), rs.getBoolean("still_open"))).list()
                .forEach(visit -> (visit.getValue() ? current : passed).add(visit.getKey()));
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.get().getValue());
        return Optional.of(draw(model, passed, current));
    }

    static String render(BpmnModelInstance model, Set<String> passed, Set<String> current) {
        return draw(model, passed, current).svg();
    }

    static Drawing draw(BpmnModelInstance model, Set<String> passed, Set<String> current) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        double maxX = 0;
        double maxY = 0;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight());
        }
        StringBuilder svg = new StringBuilder();
        double pad = 10;
        double width = maxX - minX + 2 * pad;
        double height = maxY - minY + 2 * pad;
        String inWords = inWords(shapes, passed, current);
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" role=\"img\" aria-label=\"%s\" "
                        + "viewBox=\"%.0f %.0f %.0f %.0f\">", escape(inWords), minX - pad, minY - pad, width, height));
        svg.append("<title>").append(escape(inWords)).append("</title>");
        // In view first: the step the idea waits in, or, once it has ended, the end it reached.
        Optional<double[]> focus = Optional.empty();
        for (boolean ended : new boolean[] {false, true}) {
            for (BpmnShape shape : shapes) {
                if (focus.isEmpty() && shape.getBpmnElement() instanceof FlowNode node && !(node instanceof SubProcess)
                        && (ended ? node instanceof EndEvent && passed.contains(node.getId()) : current.contains(node.getId()))) {
                    Bounds b = shape.getBounds();
                    focus = Optional.of(new double[] {b.getX() + b.getWidth() / 2 - minX + pad,
                            b.getY() + b.getHeight() / 2 - minY + pad});
                }
            }
        }
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow\"/></marker></defs>");
        // containers first, so that steps are drawn on top of them
        for (BpmnShape shape : shapes) {
            BaseElement element = shape.getBpmnElement();
            if (element instanceof Participant || element instanceof Lane) {
                Bounds b = shape.getBounds();
                svg.append(rect(b, 0, "pool")).append(verticalLabel(b, name(element)));
            }
        }
        for (BpmnShape shape : shapes) {
            if (shape.getBpmnElement() instanceof SubProcess sub) {
                Bounds b = shape.getBounds();
                svg.append(rect(b, 10, "subprocess" + state(sub.getId(), passed, current)))
                        .append(text(b.getX() + 8, b.getY() + 16, name(sub), "label-left"));
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
                continue;
            }
            boolean taken = passed.contains(flow.getSource().getId())
                    && (passed.contains(flow.getTarget().getId()) || current.contains(flow.getTarget().getId()));
            StringBuilder points = new StringBuilder();
            for (Waypoint w : edge.getWaypoints()) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", w.getX(), w.getY()));
            }
            svg.append("<polyline class=\"flow").append(taken ? " taken" : "").append("\" points=\"")
                    .append(points.toString().strip()).append("\" marker-end=\"url(#arrow)\"/>");
            if (flow.getName() != null && edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                Bounds lb = edge.getBpmnLabel().getBounds();
                svg.append(text(lb.getX(), lb.getY() + 11, flow.getName(), "flow-label"));
            }
        }
        for (BpmnShape shape : shapes) {
            BaseElement element = shape.getBpmnElement();
            if (!(element instanceof FlowNode node) || element instanceof SubProcess) {
                continue;
            }
            Bounds b = shape.getBounds();
            String cls = state(node.getId(), passed, current);
            if (element instanceof Event) {
                double r = b.getWidth() / 2;
                svg.append(String.format(Locale.ROOT, "<circle class=\"event%s%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
                        element instanceof EndEvent ? " end" : "", cls, b.getX() + r, b.getY() + r, r));
            } else if (element instanceof Gateway) {
                double cx = b.getX() + b.getWidth() / 2;
                double cy = b.getY() + b.getHeight() / 2;
                svg.append(String.format(Locale.ROOT, "<polygon class=\"gateway%s\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\"/>",
                        cls, cx, b.getY(), b.getX() + b.getWidth(), cy, cx, b.getY() + b.getHeight(), b.getX(), cy));
            } else {
                svg.append(rect(b, 10, "task" + cls));
                svg.append(wrapped(b, name(node)));
                continue;
            }
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null && node.getName() != null) {
                Bounds lb = shape.getBpmnLabel().getBounds();
                svg.append(wrapped(lb, node.getName(), "node-label"));
            }
        }
        return new Drawing(svg.append("</svg>").toString(), width, height, focus, inWords);
    }

    /** "Done: Submit the idea, Screen the idea. Now: Vote on the idea.", the named steps from left to right. */
    private static String inWords(Collection<BpmnShape> shapes, Set<String> passed, Set<String> current) {
        List<BpmnShape> named = shapes.stream()
                .filter(s -> s.getBpmnElement() instanceof FlowNode && !name(s.getBpmnElement()).isBlank()
                        && !(s.getBpmnElement() instanceof Gateway))
                .sorted(Comparator.comparingDouble((BpmnShape s) -> s.getBounds().getX())
                        .thenComparingDouble(s -> s.getBounds().getY()))
                .toList();
        List<String> done = named.stream().filter(s -> passed.contains(s.getBpmnElement().getId())
                && !current.contains(s.getBpmnElement().getId())).map(s -> name(s.getBpmnElement())).distinct().toList();
        List<String> now = named.stream().filter(s -> current.contains(s.getBpmnElement().getId()))
                .map(s -> name(s.getBpmnElement())).distinct().toList();
        StringBuilder words = new StringBuilder("The idea's process");
        words.append(done.isEmpty() ? ", not started yet." : ". Done: " + String.join(", ", done) + ".");
        if (!now.isEmpty()) {
            words.append(" Now: ").append(String.join(", ", now)).append(".");
        }
        return words.toString();
    }

    private static String state(String id, Set<String> passed, Set<String> current) {
        return current.contains(id) ? " current" : passed.contains(id) ? " passed" : "";
    }

    private static String rect(Bounds b, int radius, String cls) {
        return String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%d\"/>",
                cls, b.getX(), b.getY(), b.getWidth(), b.getHeight(), radius);
    }

    private static String verticalLabel(Bounds b, String name) {
        double x = b.getX() + 16;
        double y = b.getY() + b.getHeight() / 2;
        return String.format(Locale.ROOT, "<text class=\"lane-label\" x=\"%.1f\" y=\"%.1f\" transform=\"rotate(-90 %.1f %.1f)\">%s</text>",
                x, y, x, y, escape(name));
    }

    private static String text(double x, double y, String text, String cls) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">%s</text>", cls, x, y, escape(text));
    }

    private static String wrapped(Bounds b, String text) {
        return wrapped(b, text, "task-label");
    }

    /** A centred label broken into lines that fit the box (about 6 px per character). */
    private static String wrapped(Bounds b, String text, String cls) {
        if (text == null || text.isBlank()) {
            return "";
        }
        int perLine = Math.max(8, (int) (b.getWidth() / 6.2));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        double cx = b.getX() + b.getWidth() / 2;
        double top = "task-label".equals(cls) ? b.getY() + b.getHeight() / 2 - (lines.size() - 1) * 7 + 4 : b.getY() + 10;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">", cls, cx, top));
        for (int i = 0; i < lines.size(); i++) {
            out.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" dy=\"%s\">%s</tspan>", cx, i == 0 ? "0" : "14",
                    escape(lines.get(i))));
        }
        return out.append("</text>").toString();
    }

    private static String name(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name == null ? "" : name;
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
