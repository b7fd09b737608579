package io.fruition.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fruition.process.engine.EngineFeel;

/**
 * The server-side validator against every form-js conformance schema, with data form-js accepts and data it
 * refuses, and form-js' own messages.
 */
class FormValidatorConformanceTest {

    private final FormValidator validator = new FormValidator(new EngineFeel());

    @Test
    void form_accepts_a_complete_invoice_and_keeps_every_value() {
        Map<String, Object> data = invoice();
        FormValidator.Result result = validate("form.json", data, Map.of());

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsEntry("creditor", "Acme").containsEntry("amount", 250L)
                .containsEntry("mailto", List.of("approver", "manager")).containsKey("clients");
    }

    @Test
    void form_refuses_a_missing_creditor_a_bad_invoice_number_an_amount_out_of_range_and_unknown_choices() {
        Map<String, Object> data = invoice();
        data.put("creditor", "");
        data.put("invoiceNumber", "X-1");
        data.put("amount", 1001);
        data.put("product", "camunda-classic");
        data.put("mailto", List.of("approver", "ceo"));
        data.put("language", "french");
        data.put("tags", List.of("tag9"));
        data.put("conversation", "yesterday");

        Map<String, List<String>> errors = validate("form.json", data, Map.of()).errors();

        assertThat(errors).containsEntry("creditor", List.of("Field is required."))
                .containsEntry("invoiceNumber", List.of("Field must match pattern ^C-[0-9]+$."))
                .containsEntry("amount", List.of("Field must have maximum value of 1000."))
                .containsEntry("product", List.of("Value is not one of the choices."))
                .containsEntry("mailto", List.of("Value is not one of the choices."))
                .containsEntry("language", List.of("Value is not one of the choices."))
                .containsEntry("tags", List.of("Value is not one of the choices."))
                .containsEntry("conversation", List.of("Value is not a valid date."));
    }

    @Test
    void a_value_for_a_key_the_form_does_not_define_is_refused() {
        Map<String, Object> data = invoice();
        data.put("isAdmin", true);

        assertThat(validate("form.json", data, Map.of()).errors())
                .containsEntry("isAdmin", List.of("This form has no field 'isAdmin'."));
    }

    @Test
    void form_says_which_components_it_cannot_show() {
        assertThat(ConformanceSchemas.schema("form.json").unsupported()).containsExactly(
                "The 'html' component is not supported and is not shown.",
                "The 'image' component is not supported and is not shown.",
                "The 'button' component 'Submit' is not supported and is not shown.",
                "The 'button' component 'Reset' is not supported and is not shown.");
    }

    @Test
    void the_fields_of_a_dynamic_list_are_checked_in_every_item() {
        Map<String, Object> data = invoice();
        data.put("clients", List.of(Map.of("clientSurname", "Doe", "clientName", "Jane"), Map.of("clientName", 7)));

        assertThat(validate("form.json", data, Map.of()).errors())
                .containsOnlyKeys("clients[1].clientName")
                .containsEntry("clients[1].clientName", List.of("Value must be text."));
    }

    @Test
    void required_refuses_every_empty_field_type_including_an_unchecked_checkbox() {
        Map<String, Object> empty = new HashMap<>();
        empty.put("approved", false);
        empty.put("mailto", List.of());

        Map<String, List<String>> errors = validate("required.json", empty, Map.of()).errors();

        assertThat(errors).containsOnlyKeys("creditor", "invoiceNumber", "amount", "approved", "approvedBy",
                "approverComments", "product", "mailto", "language", "conversation", "tags");
        assertThat(errors.values()).allMatch(e -> e.equals(List.of("Field is required.")));
    }

    @Test
    void required_accepts_filled_fields_but_a_choice_without_options_can_never_be_made() {
        Map<String, Object> data = new HashMap<>();
        data.put("creditor", "Acme");
        data.put("invoiceNumber", "C-1");
        data.put("amount", 0);
        data.put("approved", true);
        data.put("approvedBy", "Nora");
        data.put("approverComments", "Fine.");
        data.put("conversation", "2026-11-24");
        // required.json gives its radio, checklist, select and taglist no options: form-js offers nothing to
        // choose, so no submitted value can be valid.
        data.put("product", "camunda-platform");
        data.put("mailto", List.of("approver"));

        Map<String, List<String>> errors = validate("required.json", data, Map.of()).errors();

        assertThat(errors).containsOnlyKeys("product", "mailto", "language", "tags");
        assertThat(errors).containsEntry("product", List.of("Value is not one of the choices."))
                .containsEntry("language", List.of("Field is required."));
    }

    @Test
    void condition_a_hidden_field_is_not_kept_and_a_shown_one_is() {
        FormValidator.Result hidden = validate("condition.json", new HashMap<>(Map.of("amount", 2, "text", "x")), Map.of());
        FormValidator.Result shown = validate("condition.json", new HashMap<>(Map.of("amount", 3, "text", "x")), Map.of());

        assertThat(hidden.errors()).isEmpty();
        assertThat(hidden.values()).containsOnlyKeys("amount");
        assertThat(shown.values()).containsEntry("text", "x");
        assertThat(validate("condition.json", Map.of("amount", -1), Map.of()).errors())
                .containsEntry("amount", List.of("Field must have minimum value of 0."));
    }

    @Test
    void default_values_satisfy_their_own_rules_and_a_wrong_pattern_does_not() {
        FormSchema schema = ConformanceSchemas.schema("defaultValues.json");
        Map<String, Object> defaults = new HashMap<>();
        schema.fields().forEach(f -> {
            if (f.component().defaultValue() != null) {
                defaults.put(f.path(), f.component().defaultValue());
            }
        });

        assertThat(defaults).containsEntry("creditor", "Max Mustermann GmbH").containsEntry("approved", true)
                .containsEntry("tags", List.of("tag1", "tag2", "tag3"));
        assertThat(validator.validate(schema, defaults, Map.of()).errors()).isEmpty();
        defaults.put("invoiceNumber", "C-12a");
        defaults.put("invoiceNumber", "D-12");
        assertThat(validator.validate(schema, defaults, Map.of()).errors()).containsOnlyKeys("invoiceNumber");
    }

    @Test
    void disabled_a_disabled_required_field_is_not_checked_and_keeps_its_value() {
        FormValidator.Result result = validate("disabled.json", Map.of("creditor", "Changed by the browser"),
                Map.of("creditor", "Original"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsEntry("creditor", "Original");
    }

    @Test
    void readonly_by_expression_keeps_the_value_only_when_the_expression_holds() {
        assertThat(validate("readonly-expression.json", Map.of("amount", 5), Map.of("foo", 1, "bar", 1, "amount", 3))
                .values()).containsEntry("amount", 3);
        assertThat(validate("readonly-expression.json", Map.of("amount", 5), Map.of("foo", 0, "bar", 1, "amount", 3))
                .values()).containsEntry("amount", 5L);
        assertThat(validate("readonly-expression.json", Map.of("text", "x"), Map.of("text", "kept")).values())
                .containsEntry("text", "kept");
    }

    @Test
    void validate_takes_its_limits_from_expressions() {
        Map<String, Object> limits = Map.of("min", 1, "max", 10, "minLength", 2, "maxLength", 4);

        assertThat(validate("validate.json", Map.of("number_expression", 5, "textfield_expression", "abc"), limits)
                .errors()).isEmpty();
        assertThat(validate("validate.json", Map.of("number_expression", 11, "textfield_expression", "a"), limits)
                .errors())
                .containsEntry("number_expression", List.of("Field must have maximum value of 10."))
                .containsEntry("textfield_expression", List.of("Field must have minimum length of 2."));
        assertThat(validate("validate.json", Map.of("number_expression", 0, "textfield_expression", "abcde"), limits)
                .errors())
                .containsEntry("number_expression", List.of("Field must have minimum value of 1."))
                .containsEntry("textfield_expression", List.of("Field must have maximum length of 4."));
        assertThat(validate("validate.json", Map.of("number_expression", "ten"), limits).errors())
                .containsEntry("number_expression", List.of("Value is not a number."));
    }

    @Test
    void groups_place_values_under_their_paths() {
        Map<String, Object> data = Map.of("text_root", "a", "text_flat", "b", "text_nested", "c",
                "pathed.text_pathed", "d", "separated.path.text_separated", "e", "separated2.key", "f");

        FormValidator.Result result = validate("groups.json", data, Map.of());

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsOnlyKeys(data.keySet().toArray(String[]::new));
        assertThat(validate("groups.json", Map.of("text_pathed", "d"), Map.of()).errors())
                .as("a field of a group with a path lives under that path").containsKey("text_pathed");
    }

    @Test
    void text_labels_and_descriptions_hold_no_values_and_need_none() {
        assertThat(validate("text.json", Map.of(), Map.of()).errors()).isEmpty();
        assertThat(validate("labels.json", Map.of("template", "x", "expression", "y"), Map.of()).errors()).isEmpty();
        assertThat(validate("descriptions.json", Map.of("template", "x"), Map.of()).errors()).isEmpty();
        assertThat(ConformanceSchemas.schema("text.json").unsupported()).isEmpty();
        assertThat(ConformanceSchemas.schema("groups.json").unsupported())
                .allMatch(message -> message.startsWith("The 'image' component"));
    }

    @Test
    void our_own_forms_accept_what_the_process_needs_and_refuse_a_hidden_requirement_only_when_shown() throws Exception {
        FormSchema screening = FormSchema.parse(Files.readString(Path.of("forms/idea-screening.form")));

        assertThat(validator.validate(screening, Map.of("screeningDecision", "ACCEPT"), Map.of()).errors()).isEmpty();
        assertThat(validator.validate(screening, Map.of("screeningDecision", "REJECT"), Map.of()).errors())
                .containsEntry("rejectionReason", List.of("Field is required."));
        assertThat(validator.validate(screening, Map.of("screeningDecision", "DUPLICATE", "duplicateOf", "twelve"),
                Map.of()).errors()).containsEntry("duplicateOf", List.of("Field must match pattern ^[A-Z][A-Z0-9]{1,7}-[0-9]+$."));
    }

    private FormValidator.Result validate(String schema, Map<String, Object> data, Map<String, Object> context) {
        return validator.validate(ConformanceSchemas.schema(schema), data, context);
    }

    private static Map<String, Object> invoice() {
        Map<String, Object> data = new HashMap<>();
        data.put("invoiceDetails.supplementaryInfo1", "PO 4711");
        data.put("clients", List.of(Map.of("clientSurname", "Doe", "clientName", "Jane")));
        data.put("creditor", "Acme");
        data.put("invoiceNumber", "C-123");
        data.put("amount", 250);
        data.put("approved", true);
        data.put("approvedBy", "Nora");
        data.put("approverComments", "Checked.");
        data.put("product", "camunda-platform");
        data.put("mailto", List.of("approver", "manager"));
        data.put("language", "english");
        data.put("conversation", "2026-11-24T10:15:00Z");
        data.put("tags", List.of("tag1", "tag3"));
        return data;
    }
}
