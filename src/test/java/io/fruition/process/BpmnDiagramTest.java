package io.fruition.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * The models carry a complete diagram (BPMN DI), so that Camunda Modeler, Cockpit and Fruition's own diagram
 * show every step and every flow: a shape for each flow node and lane, an edge for each sequence flow.
 */
class BpmnDiagramTest {

    @Test
    void the_idea_lifecycle_has_a_shape_for_every_step_and_an_edge_for_every_flow() {
        assertComplete("bpmn/idea-lifecycle.bpmn");
    }

    @Test
    void the_delivery_has_a_shape_for_every_step_and_an_edge_for_every_flow() {
        assertComplete("bpmn/idea-delivery.bpmn");
    }

    @Test
    void the_relationship_pulse_has_a_shape_for_every_step_and_an_edge_for_every_flow() {
        assertComplete("bpmn/relationship-pulse.bpmn");
    }

    @Test
    void the_partnership_calendar_has_a_shape_for_every_step_and_an_edge_for_every_flow() {
        assertComplete("bpmn/partnership-calendar.bpmn");
    }

    private static void assertComplete(String file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File(file));
        Bpmn.validateModel(model);
        Set<String> shapes = ids(model.getModelElementsByType(BpmnShape.class).stream()
                .map(BpmnShape::getBpmnElement).toList());
        Set<String> edges = ids(model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> (BaseElement) e.getBpmnElement()).toList());
        assertThat(shapes).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
        assertThat(shapes).containsAll(ids(model.getModelElementsByType(Lane.class)));
        assertThat(edges).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(e -> assertThat(e.getWaypoints()).as(e.getId()).hasSizeGreaterThanOrEqualTo(2));
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().filter(Objects::nonNull).map(BaseElement::getId).collect(Collectors.toSet());
    }
}
