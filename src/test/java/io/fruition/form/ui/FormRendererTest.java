package io.fruition.form.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.fruition.form.ConformanceSchemas;
import io.fruition.form.ui.RenderedForm;
import io.fruition.process.engine.EngineFeel;

/** Every conformance schema rendered as native Vaadin fields, as form-js shows it. */
class FormRendererTest {

    private final FormRenderer renderer = new FormRenderer(new EngineFeel());

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void form_renders_every_field_type_with_its_label_and_description_and_lists_what_it_cannot_show() {
        RenderedForm form = render("form.json", Map.of());

        assertThat(form.field("creditor")).isInstanceOf(TextField.class);
        assertThat(label(form, "creditor")).isEqualTo("Creditor");
        assertThat(form.field("creditor").isRequiredIndicatorVisible()).isTrue();
        assertThat(((Component) form.field("invoiceNumber")).getElement().getProperty("helperText"))
                .isEqualTo("An invoice number in the format: C-123.");
        assertThat(form.field("amount")).isInstanceOf(NumberField.class);
        assertThat(((NumberField) form.field("amount")).getMax()).isEqualTo(1000);
        assertThat(form.field("approved")).isInstanceOf(Checkbox.class);
        assertThat(form.field("approverComments")).isInstanceOf(TextArea.class);
        assertThat(form.field("product")).isInstanceOf(RadioButtonGroup.class);
        assertThat(form.field("mailto")).isInstanceOf(CheckboxGroup.class);
        assertThat(form.field("language")).isInstanceOf(ComboBox.class);
        assertThat(form.field("conversation")).isInstanceOf(DateTimePicker.class);
        assertThat(label(form, "conversation")).isEqualTo("Date of conversation");
        assertThat(form.field("tags")).isInstanceOf(MultiSelectComboBox.class);
        assertThat(form.field("invoiceDetails.supplementaryInfo1")).as("a field of a group with a path").isNotNull();
        assertThat(form.getElement().getOuterHTML()).contains("is not supported and is not shown")
                .contains("'html' component");
        assertThat(form.field("clients[0].clientSurname")).as("a repeating section's fields, per row")
                .isInstanceOf(TextField.class);
        assertThat(form.field("clients[1].clientName")).as("defaultRepetitions: 2").isNotNull();
        assertThat(form.field("clients[2].clientName")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_repeating_section_is_prefilled_grows_and_shrinks_and_submits_its_rows_as_a_list() {
        RenderedForm form = render("form.json", Map.of("clients", List.of(
                Map.of("clientSurname", "Curie", "clientName", "Marie"),
                Map.of("clientSurname", "Noether", "clientName", "Emmy"),
                Map.of("clientSurname", "Hopper", "clientName", "Grace"))));
        assertThat(form.field("clients[2].clientSurname").getValue()).isEqualTo("Hopper");

        Button remove = find(form, Button.class)
                .stream().filter(b -> b.hasClassName("form-dynamic-remove")).toList().get(1);
        remove.click();
        assertThat(form.values().get("clients")).isEqualTo(List.of(
                Map.of("clientSurname", "Curie", "clientName", "Marie"),
                Map.of("clientSurname", "Hopper", "clientName", "Grace")));

        find(form, Button.class).stream()
                .filter(b -> "field-clients-add".equals(b.getId().orElse(null))).findFirst().orElseThrow().click();
        ((HasValue<?, Object>) form.field("clients[2].clientSurname")).setValue("Lovelace");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) form.values().get("clients");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).containsEntry("clientSurname", "Lovelace");
        assertThat(rows.get(2).get("clientName")).isNull();

        form.showErrors(Map.of("clients[2].clientName", List.of("Field is required.")));
        assertThat(((TextField) form.field("clients[2].clientName")).isInvalid()).isTrue();
    }

    @Test
    void an_empty_row_is_not_submitted_and_the_servers_message_finds_the_row_it_is_about() {
        RenderedForm form = render("form.json", Map.of());
        form.field("clients[1].clientSurname");
        ((TextField) form.field("clients[1].clientSurname")).setValue("Meitner");

        assertThat(form.values().get("clients")).as("the first row is left empty")
                .isEqualTo(List.of(Map.of("clientSurname", "Meitner")));
        form.showErrors(Map.of("clients[0].clientName", List.of("Field is required.")));
        assertThat(((TextField) form.field("clients[1].clientName")).isInvalid()).isTrue();
        assertThat(((TextField) form.field("clients[0].clientName")).isInvalid()).isFalse();
    }

    @Test
    void text_renders_markdown_but_never_a_javascript_link() {
        RenderedForm form = render("form.json", Map.of());

        String html = find(form, Html.class).get(0).getElement().getOuterHTML();
        assertThat(html).contains("<h1>Invoice</h1>").contains("<em>ipsum</em>").contains("href=\"https://bpmn.io\"");
        assertThat(html).as("the malicious link stays text, never a link").doesNotContain("href=\"javascript")
                .contains("<strong>should not work</strong>");
        assertThat(find(render("text.json", Map.of()), Html.class)).isNotEmpty();
        assertThat(Markdown.toHtml("[click](javascript:alert(1)) <script>alert(2)</script> <img src=x onerror=alert(3)>"))
                .doesNotContain("javascript:").doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    @SuppressWarnings("unchecked")
    void default_values_fill_every_field_type() {
        RenderedForm form = render("defaultValues.json", Map.of());

        assertThat(form.field("creditor").getValue()).isEqualTo("Max Mustermann GmbH");
        assertThat(form.field("amount").getValue()).isEqualTo(0.0);
        assertThat(form.field("approved").getValue()).isEqualTo(true);
        assertThat(form.field("product").getValue()).isEqualTo("camunda-platform");
        assertThat(form.field("language").getValue()).isEqualTo("english");
        assertThat((Set<Object>) form.field("mailto").getValue()).containsExactlyInAnyOrder("regional-manager", "approver");
        assertThat((Set<Object>) form.field("tags").getValue()).containsExactlyInAnyOrder("tag1", "tag2", "tag3");
        assertThat(form.values()).containsEntry("creditor", "Max Mustermann GmbH").containsEntry("amount", 0L);
    }

    @Test
    void task_variables_win_over_defaults() {
        RenderedForm form = render("defaultValues.json", Map.of("creditor", "Globex ITC"));

        assertThat(form.field("creditor").getValue()).isEqualTo("Globex ITC");
    }

    @Test
    void disabled_and_read_only_fields_are_shown_but_not_submitted() {
        RenderedForm disabled = render("disabled.json", Map.of());
        assertThat(disabled.field("creditor").isEnabled()).isFalse();
        assertThat(disabled.field("amount").isEnabled()).isTrue();

        RenderedForm readonly = render("readonly-expression.json", Map.of("foo", 1, "bar", 1, "amount", 4));
        assertThat(readonly.field("amount").isReadOnly()).isTrue();
        assertThat(readonly.field("text").isReadOnly()).isTrue();
        assertThat(readonly.values()).doesNotContainKeys("amount", "text");
        assertThat(render("readonly-expression.json", Map.of("foo", 0, "bar", 1)).field("amount").isReadOnly()).isFalse();
    }

    @Test
    void a_condition_hides_a_field_as_the_values_change() {
        RenderedForm form = render("condition.json", Map.of());
        @SuppressWarnings("unchecked")
        HasValue<?, Double> amount = (HasValue<?, Double>) form.field("amount");
        Component text = (Component) form.field("text");

        amount.setValue(1.0);
        assertThat(text.isVisible()).isFalse();
        assertThat(form.values()).doesNotContainKey("text");
        amount.setValue(5.0);
        assertThat(text.isVisible()).isTrue();
    }

    @Test
    void groups_show_their_labels_and_nest_their_fields() {
        RenderedForm form = render("groups.json", Map.of());

        assertThat(find(form, H4.class)).extracting(H4::getText)
                .contains("flat group", "nested group", "pathed group", "separated path group");
        assertThat(form.paths()).contains("text_root", "text_flat", "text_nested", "pathed.text_pathed",
                "separated.path.text_separated", "separated2.key");
    }

    @Test
    void labels_and_descriptions_use_templates_and_expressions() {
        Map<String, Object> data = Map.of("foo", "Foo", "bar", "Bar", "label_var", "From a variable",
                "description_var", "Described");

        RenderedForm labels = render("labels.json", data);
        assertThat(label(labels, "template")).isEqualTo("Foo and Bar");
        assertThat(label(labels, "expression")).isEqualTo("From a variable");
        RenderedForm descriptions = render("descriptions.json", data);
        assertThat(((Component) descriptions.field("template")).getElement().getProperty("helperText")).isEqualTo("Foo and Bar");
        assertThat(((Component) descriptions.field("expression")).getElement().getProperty("helperText")).isEqualTo("Described");
    }

    @Test
    void the_servers_messages_appear_next_to_their_fields() {
        RenderedForm form = render("required.json", Map.of());

        List<String> unplaced = form.showErrors(Map.of("creditor", List.of("Field is required."), "ghost",
                List.of("This form has no field 'ghost'.")));

        TextField creditor = (TextField) form.field("creditor");
        assertThat(creditor.isInvalid()).isTrue();
        assertThat(creditor.getErrorMessage()).isEqualTo("Creditor is required.");
        assertThat(unplaced).containsExactly("ghost: This form has no field 'ghost'.");
    }

    @Test
    void form_js_generic_words_are_said_of_the_field_by_its_label() {
        assertThat(RenderedForm.inWords("One-off cost", "Field must have minimum value of 0."))
                .isEqualTo("One-off cost must be at least 0.");
        assertThat(RenderedForm.inWords("Percent complete", "Field must have maximum value of 100."))
                .isEqualTo("Percent complete must be at most 100.");
        assertThat(RenderedForm.inWords("Reason", "Field must have minimum length of 5."))
                .isEqualTo("Reason needs at least 5 characters.");
        assertThat(RenderedForm.inWords("Note (optional)", "Field must have maximum length of 2000."))
                .isEqualTo("Note takes at most 2000 characters.");
        assertThat(RenderedForm.inWords("Decision", "Field is required.")).isEqualTo("Decision is required.");
        assertThat(RenderedForm.inWords("One-off cost", "The one-off cost cannot be negative (-5)."))
                .as("a feature's own words stay").isEqualTo("The one-off cost cannot be negative (-5).");
    }

    private RenderedForm render(String schema, Map<String, Object> variables) {
        return renderer.render(ConformanceSchemas.schema(schema), new HashMap<>(variables));
    }

    private static String label(RenderedForm form, String path) {
        return ((Component) form.field(path)).getElement().getProperty("label");
    }

    private static <T extends Component> List<T> find(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Component> void collect(Component c, Class<T> type, List<T> found) {
        if (type.isInstance(c)) {
            found.add(type.cast(c));
        }
        c.getChildren().forEach(child -> collect(child, type, found));
    }
}
