package io.fruition.form;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One component of a form-js schema. Properties that form-js allows as FEEL expressions ("=...") are kept as
 * they are written ({@code Object}) and resolved against the data when the form is shown or validated.
 */
public record FormComponent(String type, String id, String key, String path, String label, String description,
        Object defaultValue, Object disabled, Object readonly, String hide, Validation validate, List<Option> values,
        String valuesKey, String subtype, String text, Layout layout, List<FormComponent> components,
        Map<String, Object> properties) {

    /** The input types: components that hold a value under their key. */
    public static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "select", "radio", "checkbox",
            "checklist", "taglist", "datetime");
    /** Components shown but holding no value. */
    public static final Set<String> DISPLAY = Set.of("text", "separator", "spacer");
    /** Containers of other components. */
    public static final Set<String> CONTAINERS = Set.of("group", "dynamiclist");

    public record Option(String label, Object value) {
    }

    public record Layout(String row, Integer columns) {
    }

    /** The rules of form-js' "validate" property; numbers may be FEEL expressions. */
    public record Validation(boolean required, Object min, Object max, Object minLength, Object maxLength,
            String pattern, String validationType) {

        static final Validation NONE = new Validation(false, null, null, null, null, null, null);
    }

    public boolean isInput() {
        return INPUTS.contains(type);
    }

    public boolean hasStaticValues() {
        return values != null && !values.isEmpty();
    }
}
