package io.fruition.form;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A form-js schema (a Camunda Form) as Fruition understands it: the components, and a plain list of what the
 * schema uses that Fruition cannot show or check, so that nothing is dropped silently.
 */
public record FormSchema(String id, List<FormComponent> components, List<String> unsupported) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Components Fruition shows a notice for instead of the component. */
    static final Set<String> UNSUPPORTED_TYPES = Set.of("html", "image", "button", "iframe", "table", "expression",
            "filepicker", "documentPreview");

    /** Properties that change what a component shows or accepts and that Fruition handles. */
    private static final Set<String> KNOWN = Set.of("type", "id", "key", "path", "label", "description",
            "defaultValue", "disabled", "readonly", "conditional", "validate", "values", "valuesKey", "subtype", "text",
            "layout", "components", "dateLabel", "timeLabel", "timeSerializingFormat", "timeInterval", "use24h",
            "showOutline", "appearance", "increment", "decimalDigits", "searchable", "disallowPassedDates",
            "isRepeating", "defaultRepetitions", "allowAddRemove", "alt", "source", "content", "action", "height",
            "verticalAlignment", "properties", "url", "title", "nonCollapsedItems");

    public static FormSchema parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject() || !root.path("components").isArray()) {
                throw new IllegalArgumentException("This is not a form-js schema: it has no components.");
            }
            List<String> unsupported = new ArrayList<>();
            List<FormComponent> components = components(root.path("components"), unsupported);
            return new FormSchema(root.path("id").asText(null), components, List.copyOf(unsupported));
        } catch (IOException e) {
            throw new IllegalArgumentException("The form is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Every input field with the data path its value lives under (group paths and dotted keys included). */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        collect(components, "", fields);
        return fields;
    }

    /** An input component and the full path of its value, e.g. "pathed.text_pathed". */
    public record Field(FormComponent component, String path, boolean inDynamicList) {
    }

    private static void collect(List<FormComponent> components, String prefix, List<Field> fields) {
        for (FormComponent c : components) {
            if (c.isInput() && c.key() != null) {
                fields.add(new Field(c, join(prefix, c.key()), false));
            } else if ("group".equals(c.type())) {
                collect(c.components(), join(prefix, c.path()), fields);
            } else if ("dynamiclist".equals(c.type()) && c.path() != null && !c.path().isBlank()) {
                List<Field> items = new ArrayList<>();
                collect(c.components(), "", items);
                items.forEach(f -> fields.add(new Field(f.component(), join(join(prefix, c.path()) + "[]", f.path()), true)));
            }
        }
    }

    static String join(String prefix, String part) {
        if (part == null || part.isBlank()) {
            return prefix;
        }
        return prefix.isEmpty() ? part : prefix + "." + part;
    }

    private static List<FormComponent> components(JsonNode array, List<String> unsupported) {
        List<FormComponent> result = new ArrayList<>();
        for (JsonNode node : array) {
            result.add(component(node, unsupported));
        }
        return result;
    }

    private static FormComponent component(JsonNode node, List<String> unsupported) {
        String type = node.path("type").asText("");
        String name = describe(node, type);
        if (UNSUPPORTED_TYPES.contains(type) || (!FormComponent.INPUTS.contains(type)
                && !FormComponent.DISPLAY.contains(type) && !FormComponent.CONTAINERS.contains(type))) {
            unsupported.add("The " + (type.isEmpty() ? "untyped" : "'" + type + "'") + " component" + name
                    + " is not supported and is not shown.");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String property = names.next();
            if (!KNOWN.contains(property) && !property.startsWith("$")) {
                unsupported.add("The property '" + property + "' of" + (name.isEmpty() ? " a " + type : name)
                        + " is not supported and is ignored.");
            }
        }
        JsonNode layout = node.path("layout");
        JsonNode validate = node.path("validate");
        return new FormComponent(type, text(node, "id"), text(node, "key"), text(node, "path"), text(node, "label"),
                text(node, "description"), value(node.get("defaultValue")), value(node.get("disabled")),
                value(node.get("readonly")), text(node.path("conditional"), "hide"),
                validate.isObject() ? new FormComponent.Validation(validate.path("required").asBoolean(false),
                        value(validate.get("min")), value(validate.get("max")), value(validate.get("minLength")),
                        value(validate.get("maxLength")), text(validate, "pattern"), text(validate, "validationType"))
                        : FormComponent.Validation.NONE,
                options(node.path("values")), text(node, "valuesKey"), text(node, "subtype"), text(node, "text"),
                layout.isObject() ? new FormComponent.Layout(text(layout, "row"),
                        layout.hasNonNull("columns") ? layout.get("columns").asInt() : null) : null,
                node.path("components").isArray() ? components(node.path("components"), unsupported) : List.of(),
                properties(node));
    }

    private static String describe(JsonNode node, String type) {
        String label = text(node, "label");
        String key = text(node, "key");
        if (label != null && !label.isBlank()) {
            return " '" + label + "'";
        }
        return key != null ? " '" + key + "'" : "";
    }

    private static List<FormComponent.Option> options(JsonNode values) {
        List<FormComponent.Option> options = new ArrayList<>();
        if (values.isArray()) {
            for (JsonNode v : values) {
                options.add(new FormComponent.Option(v.path("label").asText(v.path("value").asText()), value(v.get("value"))));
            }
        }
        return options;
    }

    private static Map<String, Object> properties(JsonNode node) {
        Map<String, Object> properties = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                properties.put(e.getKey(), value(e.getValue()));
            }
        });
        return properties;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return JSON.convertValue(node, Object.class);
    }
}
