package io.fruition.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Forms in forms/ are well-formed form-js schemas with the keys the process and its beans rely on,
 * and every form the BPMN models reference exists.
 */
class FormsTest {

    private static final Path FORMS = Path.of("forms");
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
            "checkbox", "checklist", "taglist", "datetime");
    private static final Set<String> ALLOWED_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
            "checkbox", "checklist", "taglist", "datetime", "text", "group", "dynamiclist", "separator", "spacer");

    private static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("idea-screening", Set.of("screeningDecision", "clarificationQuestion", "rejectionReason",
                    "duplicateOf", "screeningNote")),
            Map.entry("idea-clarification", Set.of("clarificationAnswer", "revisedProposal")),
            Map.entry("value-estimate", Set.of("benefitLow", "benefitLikely", "benefitHigh", "oneOffCost", "effortDays",
                    "monthsToValue", "confidence", "rationale")),
            Map.entry("board-vote", Set.of("vote", "voteReason")),
            Map.entry("chair-decision", Set.of("chairDecision", "chairReason")),
            Map.entry("idea-revision", Set.of("revisedProposal", "revisionNote")),
            Map.entry("sponsor-approval", Set.of("sponsorDecision", "sponsorReason")),
            Map.entry("delivery-plan", Set.of("deliveryTargetDate", "milestones", "deliveryNote")),
            Map.entry("progress-report", Set.of("rag", "percentComplete", "progressSummary", "milestonesDone",
                    "deliveryFinished")),
            Map.entry("delivery-acceptance", Set.of("acceptance", "returnReasons", "acceptanceNote")),
            Map.entry("benefit-review", Set.of("realisedBenefit", "benefitNote")),
            Map.entry("fund-overdraft", Set.of("overdraftDecision", "overdraftReason")),
            Map.entry("pulse-prediction", Set.of("valueScore", "innovationScore", "understandingScore",
                    "responsivenessScore", "deliveryScore", "predictionConfidence")),
            Map.entry("pulse-rating", Set.of("valueScore", "valueComment", "innovationScore", "innovationComment",
                    "understandingScore", "understandingComment", "responsivenessScore", "responsivenessComment",
                    "deliveryScore", "deliveryComment", "actionsThatWorked", "mayQuote")),
            Map.entry("pulse-action-plan", Set.of("planSummary", "planActions")),
            Map.entry("pulse-plan-agreement", Set.of("planAgreement", "requestedChanges")),
            Map.entry("pulse-action", Set.of("actionNote")));

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void every_form_is_a_camunda_platform_form_js_schema_named_after_its_file() throws IOException {
        Map<String, JsonNode> forms = forms();
        assertThat(forms).isNotEmpty();
        forms.forEach((name, form) -> {
            assertThat(form.path("id").asText()).as(name + " id").isEqualTo(name);
            assertThat(form.path("type").asText()).as(name + " type").isEqualTo("default");
            assertThat(form.path("schemaVersion").asInt()).as(name + " schemaVersion").isPositive();
            assertThat(form.path("executionPlatform").asText()).as(name).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as(name).startsWith("7.");
        });
    }

    @Test
    void every_field_has_a_unique_id_and_key_a_label_and_a_description() throws IOException {
        forms().forEach((name, form) -> {
            Set<String> ids = new HashSet<>();
            Set<String> keys = new HashSet<>();
            for (JsonNode component : components(form)) {
                String type = component.path("type").asText();
                assertThat(ALLOWED_TYPES).as(name + " uses " + type).contains(type);
                assertThat(ids.add(component.path("id").asText())).as(name + " duplicate id " + component.path("id"))
                        .isTrue();
                if (INPUT_TYPES.contains(type)) {
                    String key = component.path("key").asText();
                    assertThat(keys.add(key)).as(name + " duplicate key " + key).isTrue();
                    assertThat(component.path("label").asText()).as(name + "." + key + " label").isNotBlank();
                    assertThat(component.path("description").asText()).as(name + "." + key + " description").isNotBlank();
                }
                // Choices from a variable (valuesKey) are the step's to supply; fixed choices are at least two.
                if ((type.equals("radio") || type.equals("select")) && !component.hasNonNull("valuesKey")) {
                    List<String> values = new ArrayList<>();
                    component.path("values").forEach(v -> values.add(v.path("value").asText()));
                    assertThat(values).as(name + "." + component.path("key") + " values").hasSizeGreaterThanOrEqualTo(2)
                            .doesNotHaveDuplicates();
                }
            }
        });
    }

    @Test
    void each_form_has_exactly_the_keys_the_process_reads() throws IOException {
        Map<String, JsonNode> forms = forms();
        assertThat(forms.keySet()).containsExactlyInAnyOrderElementsOf(KEYS.keySet());
        KEYS.forEach((name, keys) -> {
            Set<String> actual = new HashSet<>(variables(forms.get(name)));
            assertThat(actual).as(name).isEqualTo(keys);
        });
    }

    @Test
    void every_form_a_model_references_exists_and_every_form_is_used() throws Exception {
        Set<String> referenced = new HashSet<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                NodeList tasks = factory.newDocumentBuilder().parse(model.toFile())
                        .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask");
                for (int i = 0; i < tasks.getLength(); i++) {
                    String formRef = ((Element) tasks.item(i)).getAttributeNS("http://camunda.org/schema/1.0/bpmn", "formRef");
                    assertThat(formRef).as(model + " user task " + ((Element) tasks.item(i)).getAttribute("id"))
                            .isNotBlank();
                    referenced.add(formRef);
                }
            }
        }
        assertThat(forms().keySet()).containsAll(referenced);
        assertThat(referenced).containsAll(forms().keySet());
    }

    private Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new TreeMap<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                forms.put(file.getFileName().toString().replace(".form", ""), json.readTree(file.toFile()));
            }
        }
        return forms;
    }

    /** The variables a form submits: its fields' keys, and a repeating section's path (its rows are one list). */
    private static List<String> variables(JsonNode container) {
        List<String> names = new ArrayList<>();
        container.path("components").forEach(c -> {
            String type = c.path("type").asText();
            if (type.equals("dynamiclist")) {
                names.add(c.path("path").asText());
            } else if (INPUT_TYPES.contains(type)) {
                names.add(c.path("key").asText());
            } else {
                names.addAll(variables(c));
            }
        });
        return names;
    }

    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        container.path("components").forEach(c -> {
            all.add(c);
            all.addAll(components(c));
        });
        return all;
    }
}
