package io.fruition.form.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import io.fruition.form.FeelEvaluator;
import io.fruition.form.FormComponent;
import io.fruition.form.FormComponent.Option;
import io.fruition.form.FormSchema;

/**
 * Builds native Vaadin fields from a form-js schema: every input type, text as safe markdown, groups,
 * separators, spacers and layout rows; labels, descriptions, defaults, disabled and read-only state (FEEL
 * too), conditions that hide fields as values change, and the server's messages next to each field. What the
 * schema uses that is not supported is listed at the top of the form instead of being dropped silently.
 */
public final class FormRenderer {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");
    /** form-js lays rows out on 16 columns. */
    private static final int GRID = 16;

    private final FeelEvaluator feel;

    public FormRenderer(FeelEvaluator feel) {
        this.feel = feel;
    }

    public RenderedForm render(FormSchema schema, Map<String, Object> variables) {
        RenderedForm form = new RenderedForm(feel, variables);
        form.addClassName("task-form");
        if (!schema.unsupported().isEmpty()) {
            Div notice = new Div();
            notice.addClassName("form-unsupported");
            notice.add(new Span("Parts of this form cannot be shown here:"));
            schema.unsupported().forEach(u -> notice.add(new Div(u)));
            form.add(notice);
        }
        addAll(form, schema.components(), "", form);
        form.refresh();
        return form;
    }

    private void addAll(HasComponents container, List<FormComponent> components,
            String prefix, RenderedForm form) {
        FlexLayout row = null;
        String rowId = null;
        for (FormComponent c : components) {
            Component rendered = component(c, prefix, form);
            if (rendered == null) {
                continue;
            }
            String wanted = c.layout() == null ? null : c.layout().row();
            if (wanted != null && wanted.equals(rowId) && row != null) {
                row.add(rendered);
            } else if (wanted != null) {
                row = new FlexLayout();
                row.addClassName("form-row");
                row.setWidthFull();
                row.add(rendered);
                rowId = wanted;
                container.add(row);
            } else {
                row = null;
                rowId = null;
                container.add(rendered);
            }
            if (c.layout() != null && c.layout().columns() != null) {
                rendered.getElement().getStyle().set("flex", "0 1 calc(" + (100.0 * c.layout().columns() / GRID)
                        + "% - var(--lumo-space-m))");
            } else if (wanted != null) {
                rendered.getElement().getStyle().set("flex", "1 1 0");
            }
        }
    }

    private Component component(FormComponent c, String prefix, RenderedForm form) {
        Map<String, Object> data = form.data();
        Component component = switch (c.type()) {
            case "text" -> new Html(Markdown.toHtml(template(c.text(), data)));
            case "separator" -> new Hr();
            case "spacer" -> {
                Div spacer = new Div();
                spacer.setHeight((c.properties().getOrDefault("height", 60)) + "px");
                yield spacer;
            }
            case "group" -> {
                VerticalLayout group = new VerticalLayout();
                group.addClassName("form-group");
                group.setPadding(Boolean.TRUE.equals(c.properties().get("showOutline")));
                group.setSpacing(false);
                if (c.label() != null) {
                    group.add(new H4(text(c.label(), data)));
                }
                addAll(group, c.components(), join(prefix, c.path()), form);
                yield group;
            }
            case "dynamiclist" -> new RepeatingSection(c, join(prefix, c.path()), form, text(c.label(), form.data()),
                    (child, path) -> field(child, path, form)).component();
            default -> c.isInput() && c.key() != null ? field(c, join(prefix, c.key()), form) : null;
        };
        if (component != null && c.hide() != null) {
            form.conditional(component, c.hide());
        }
        return component;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Component field(FormComponent c, String path, RenderedForm form) {
        Map<String, Object> data = form.data();
        String label = text(c.label(), data);
        HasValueAndElement<?, ?> field = switch (c.type()) {
            case "textarea" -> {
                TextArea area = new TextArea(label);
                intProperty(c.validate().maxLength(), data, area::setMaxLength);
                yield area;
            }
            case "number" -> {
                NumberField number = new NumberField(label);
                decimal(feel.resolve(c.validate().min(), data)).ifPresent(min -> number.setMin(min.doubleValue()));
                decimal(feel.resolve(c.validate().max(), data)).ifPresent(max -> number.setMax(max.doubleValue()));
                yield number;
            }
            case "checkbox" -> new Checkbox(label);
            case "radio" -> {
                RadioButtonGroup<Object> radio = new RadioButtonGroup<>(label);
                List<Option> options = options(c, data);
                radio.setItems(options.stream().map(Option::value).toList());
                radio.setItemLabelGenerator(v -> labelOf(options, v));
                yield radio;
            }
            case "select" -> {
                ComboBox<Object> select = new ComboBox<>(label);
                List<Option> options = options(c, data);
                select.setItems(options.stream().map(Option::value).toList());
                select.setItemLabelGenerator(v -> labelOf(options, v));
                yield select;
            }
            case "checklist" -> {
                CheckboxGroup<Object> list = new CheckboxGroup<>(label);
                List<Option> options = options(c, data);
                list.setItems(options.stream().map(Option::value).toList());
                list.setItemLabelGenerator(v -> labelOf(options, v));
                yield list;
            }
            case "taglist" -> {
                MultiSelectComboBox<Object> tags = new MultiSelectComboBox<>(label);
                List<Option> options = options(c, data);
                tags.setItems(options.stream().map(Option::value).toList());
                tags.setItemLabelGenerator(v -> labelOf(options, v));
                yield tags;
            }
            case "datetime" -> switch (Objects.requireNonNullElse(c.subtype(), "date")) {
                case "time" -> new TimePicker(first(label, (String) c.properties().get("timeLabel")));
                case "datetime" -> new DateTimePicker(first(label, (String) c.properties().get("dateLabel")));
                default -> new DatePicker(first(label, (String) c.properties().get("dateLabel")));
            };
            default -> {
                TextField text = new TextField(label);
                intProperty(c.validate().maxLength(), data, text::setMaxLength);
                yield text;
            }
        };
        Component component = (Component) field;
        component.setId("field-" + path.replace('.', '-').replace("[", "-").replace("]", ""));
        component.getElement().setAttribute("data-key", path);
        if (component instanceof HasSize sized && !(component instanceof Checkbox)) {
            sized.setWidthFull();
        }
        if (c.description() != null && component instanceof HasTooltip) {
            component.getElement().setProperty("helperText", text(c.description(), data));
        }
        field.setRequiredIndicatorVisible(c.validate().required());
        Object initial = data.containsKey(path) && data.get(path) != null ? data.get(path) : c.defaultValue();
        if (initial != null) {
            setValue(field, c, initial);
        }
        form.register(path, c, field);
        return component;
    }

    private List<Option> options(FormComponent c, Map<String, Object> data) {
        if (c.hasStaticValues()) {
            return c.values();
        }
        List<Option> options = new ArrayList<>();
        if (c.valuesKey() != null && data.get(c.valuesKey()) instanceof Collection<?> values) {
            for (Object v : values) {
                if (v instanceof Map<?, ?> m) {
                    options.add(new Option(String.valueOf(m.get("label")), m.get("value")));
                } else {
                    options.add(new Option(String.valueOf(v), v));
                }
            }
        }
        return options;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void setValue(HasValue field, FormComponent c, Object value) {
        try {
            switch (c.type()) {
                case "number" -> {
                    BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString())
                            : new BigDecimal(value.toString());
                    field.setValue(number.doubleValue());
                }
                case "checkbox" -> field.setValue(Boolean.TRUE.equals(value) || "true".equals(value));
                case "checklist", "taglist" -> field.setValue(value instanceof Collection<?> list
                        ? new LinkedHashSet<>(list) : new LinkedHashSet<>(List.of(value)));
                case "datetime" -> {
                    String text = value.toString();
                    if (field instanceof DatePicker date) {
                        date.setValue(LocalDate.parse(text.substring(0, Math.min(10, text.length()))));
                    } else if (field instanceof TimePicker time) {
                        time.setValue(LocalTime.parse(text.replace("Z", "")));
                    } else if (field instanceof DateTimePicker dateTime) {
                        dateTime.setValue(text.endsWith("Z") ? LocalDateTime.ofInstant(Instant.parse(text),
                                ZoneOffset.UTC) : LocalDateTime.parse(text));
                    }
                }
                case "textfield", "textarea" -> field.setValue(value.toString());
                default -> field.setValue(value);
            }
        } catch (RuntimeException e) {
            // A stored value the field cannot show (e.g. an old format) leaves the field empty rather than failing.
        }
    }

    /** A label or description: "{{ var }}" templates and "=expression" as form-js resolves them. */
    String text(String value, Map<String, Object> data) {
        if (value == null) {
            return null;
        }
        if (value.startsWith("=")) {
            Object resolved = feel.resolve(value, data);
            return resolved == null ? "" : resolved.toString();
        }
        return template(value, data);
    }

    static String template(String text, Map<String, Object> data) {
        if (text == null) {
            return "";
        }
        Matcher m = TEMPLATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = lookup(data, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Object lookup(Map<String, Object> data, String path) {
        Object current = data;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static String labelOf(List<Option> options, Object value) {
        return options.stream().filter(o -> Objects.equals(o.value(), value)).map(Option::label).findFirst()
                .orElse(String.valueOf(value));
    }

    private void intProperty(Object property, Map<String, Object> data, IntConsumer setter) {
        decimal(feel.resolve(property, data)).ifPresent(d -> setter.accept(d.intValue()));
    }

    private static Optional<BigDecimal> decimal(Object value) {
        if (value instanceof Number n) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        return Optional.empty();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String join(String prefix, String part) {
        if (part == null || part.isBlank()) {
            return prefix;
        }
        return prefix.isEmpty() ? part : prefix + "." + part;
    }
}
