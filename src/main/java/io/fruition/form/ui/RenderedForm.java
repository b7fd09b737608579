package io.fruition.form.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;

import io.fruition.form.FeelEvaluator;
import io.fruition.form.FormComponent;
import io.fruition.form.FormValidator;

/** The form as shown: its fields by path, the live conditions, the values to submit, the server's messages. */
public final class RenderedForm extends VerticalLayout {

    private final FeelEvaluator feel;
    private final Map<String, Object> variables;
    private final Map<String, Entry> fields = new LinkedHashMap<>();
    private final Map<Component, String> conditions = new LinkedHashMap<>();

    record Entry(FormComponent component, HasValueAndElement<?, ?> field) {
    }

    RenderedForm(FeelEvaluator feel, Map<String, Object> variables) {
        this.feel = feel;
        this.variables = variables == null ? Map.of() : variables;
        setPadding(false);
    }

    void register(String path, FormComponent component, HasValueAndElement<?, ?> field) {
        fields.put(path, new Entry(component, field));
        field.addValueChangeListener(e -> {
            if (field instanceof HasValidationProperties validated) {
                validated.setInvalid(false);
            }
            refresh();
        });
    }

    void conditional(Component component, String hide) {
        conditions.put(component, hide);
    }

    /** The variables with the current values on top, as conditions see them. */
    Map<String, Object> data() {
        Map<String, Object> data = new HashMap<>(variables);
        Map<String, Object> values = new HashMap<>();
        fields.forEach((path, entry) -> values.put(path, value(entry)));
        data.putAll(values);
        data.putAll(FormValidator.nest(values));
        return data;
    }

    /** Re-evaluates conditions, disabled and read-only state against the current values. */
    void refresh() {
        Map<String, Object> data = data();
        conditions.forEach((component, hide) -> component.setVisible(!feel.isTrue(hide, data)));
        fields.values().forEach(entry -> {
            FormComponent c = entry.component();
            if (c.disabled() != null) {
                entry.field().setEnabled(!feel.isTrue(c.disabled(), data));
            }
            if (c.readonly() != null) {
                entry.field().setReadOnly(feel.isTrue(c.readonly(), data));
            }
        });
    }

    /**
     * The values to submit, by field path: only fields that are shown and editable. A repeating section's rows
     * go under its path as a list of items (a row left empty is left out), as form-js submits them.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        submittedRows.clear();
        fields.forEach((path, entry) -> {
            Component component = (Component) entry.field();
            if (ITEM.matcher(path).matches() || !shown(component) || entry.field().isReadOnly()
                    || !entry.field().isEnabled()) {
                return;
            }
            Object value = value(entry);
            if (value != null) {
                values.put(path, value);
            }
        });
        for (String list : lists()) {
            List<Map<String, Object>> rows = items(list);
            List<Map<String, Object>> filled = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> item = new LinkedHashMap<>(rows.get(i));
                item.values().removeIf(Objects::isNull);
                if (!item.isEmpty()) {
                    filled.add(item);
                    at.add(i);
                }
            }
            submittedRows.put(list, at);
            values.put(list, filled);
        }
        return values;
    }

    /** "milestones[2].dueOn": a field of the third row of the repeating section "milestones". */
    private static final Pattern ITEM = Pattern.compile("^(.+)\\[(\\d+)]\\.([^\\[\\]]+)$");

    /** For each repeating section, the row each submitted item came from (empty rows are not submitted). */
    private final Map<String, List<Integer>> submittedRows = new HashMap<>();

    private Set<String> lists() {
        Set<String> lists = new LinkedHashSet<>();
        fields.keySet().forEach(path -> {
            Matcher m = ITEM.matcher(path);
            if (m.matches()) {
                lists.add(m.group(1));
            }
        });
        return lists;
    }

    /** The rows of a repeating section as they stand, each a map of its fields' values by key. */
    List<Map<String, Object>> items(String listPath) {
        TreeMap<Integer, Map<String, Object>> rows = new TreeMap<>();
        fields.forEach((path, entry) -> {
            Matcher m = ITEM.matcher(path);
            if (m.matches() && m.group(1).equals(listPath)) {
                rows.computeIfAbsent(Integer.parseInt(m.group(2)), i -> new LinkedHashMap<>()).put(m.group(3), value(entry));
            }
        });
        return new ArrayList<>(rows.values());
    }

    /** Drops the fields of a repeating section's rows, before they are drawn again. */
    void forget(String listPath) {
        fields.keySet().removeIf(path -> {
            Matcher m = ITEM.matcher(path);
            return m.matches() && m.group(1).equals(listPath);
        });
    }

    private static boolean shown(Component component) {
        for (Component c = component; c != null && !(c instanceof RenderedForm); c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Shows the server's messages next to their fields (every field a message concerns is marked) and moves the
     * focus to the first of them; returns the messages no field could show, each once.
     */
    public List<String> showErrors(Map<String, List<String>> errors) {
        List<String> unplaced = new ArrayList<>();
        fields.values().forEach(entry -> {
            if (entry.field() instanceof HasValidationProperties validated) {
                validated.setInvalid(false);
            }
        });
        Focusable<?> first = null;
        for (Map.Entry<String, List<String>> error : errors.entrySet()) {
            Entry entry = fields.get(rowPath(error.getKey()));
            if (entry != null && entry.field() instanceof HasValidationProperties validated
                    && shown((Component) entry.field())) {
                String label = ((Component) entry.field()).getElement().getProperty("label", "");
                validated.setErrorMessage(String.join(" ", error.getValue().stream().map(m -> inWords(label, m)).toList()));
                validated.setInvalid(true);
                if (first == null && entry.field() instanceof Focusable<?> focusable) {
                    first = focusable;
                }
            } else {
                error.getValue().stream()
                        .map(m -> error.getKey().isEmpty() ? m : error.getKey() + ": " + m)
                        .filter(m -> !unplaced.contains(m)).forEach(unplaced::add);
            }
        }
        if (first != null) {
            first.focus();
        }
        return unplaced;
    }

    private static final Pattern FORM_JS = Pattern.compile(
            "^Field (is required|must have (minimum|maximum) (value|length) of (.+))\\.$");

    /**
     * form-js' generic words ("Field must have minimum value of 0.") said of the field by its label, as a person
     * would ("One-off cost must be at least 0."); the server's own and the features' messages stay as they are.
     */
    static String inWords(String label, String message) {
        Matcher m = FORM_JS.matcher(message);
        String name = label.replaceAll("\\s*\\(optional\\)$", "").strip();
        if (!m.matches() || name.isEmpty()) {
            return message;
        }
        if (m.group(2) == null) {
            return name + " is required.";
        }
        boolean least = m.group(2).equals("minimum");
        return m.group(3).equals("value")
                ? name + " must be at " + (least ? "least " : "most ") + m.group(4) + "."
                : name + (least ? " needs at least " : " takes at most ") + m.group(4) + " characters.";
    }

    /** The field a server message about "list[k].key" belongs to: the row the k-th submitted item came from. */
    private String rowPath(String path) {
        Matcher m = ITEM.matcher(path);
        if (m.matches() && submittedRows.containsKey(m.group(1))) {
            List<Integer> rows = submittedRows.get(m.group(1));
            int k = Integer.parseInt(m.group(2));
            if (k < rows.size()) {
                return m.group(1) + "[" + rows.get(k) + "]." + m.group(3);
            }
        }
        return path;
    }

    public HasValueAndElement<?, ?> field(String path) {
        Entry entry = fields.get(path);
        return entry == null ? null : entry.field();
    }

    public Set<String> paths() {
        return fields.keySet();
    }

    private static Object value(Entry entry) {
        Object value = entry.field().getValue();
        String type = entry.component().type();
        if (value == null || (value instanceof String s && s.isEmpty())) {
            return null;
        }
        if (value instanceof Double d && "number".equals(type)) {
            BigDecimal number = BigDecimal.valueOf(d).stripTrailingZeros();
            return number.scale() <= 0 ? (Object) number.longValue() : d;
        }
        if (value instanceof Set<?> set) {
            return set.isEmpty() ? null : new ArrayList<>(set);
        }
        if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime) {
            return value.toString();
        }
        return value;
    }
}
