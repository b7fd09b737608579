package io.fruition.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks submitted values against a form-js schema on the server, with form-js' own rules and messages:
 * required, min/max, minLength/maxLength, pattern, e-mail and phone, the choices of radio, select, checklist
 * and taglist, and the type of every value. Fields hidden by their condition are neither required nor kept;
 * disabled and read-only fields keep the value they had; a key the form does not define is refused.
 */
public class FormValidator {

    private static final Pattern EMAIL = Pattern.compile("^[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(\\.[\\w-]+)*$");
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9]\\d{1,14}$");

    private final FeelEvaluator feel;

    public FormValidator(FeelEvaluator feel) {
        this.feel = feel;
    }

    /** The outcome: the values to keep (by field path) and the problems, by field path ("" for the form). */
    public record Result(Map<String, Object> values, Map<String, List<String>> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * @param submitted the values by field path, as the form sends them ("pathed.text" for fields in a group
     *                  with a path; a dynamic list's path maps to a list of maps)
     * @param context   the variables the form was shown with (conditions and expressions see them too)
     */
    public Result validate(FormSchema schema, Map<String, Object> submitted, Map<String, Object> context) {
        Map<String, Object> data = new HashMap<>(context == null ? Map.of() : context);
        data.putAll(nest(submitted));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        for (FormSchema.Field field : schema.fields()) {
            known.add(field.path());
            if (field.inDynamicList()) {
                continue;
            }
            FormComponent c = field.component();
            if (isHidden(c, data)) {
                continue;
            }
            boolean locked = feel.isTrue(c.disabled(), data) || feel.isTrue(c.readonly(), data);
            if (locked) {
                if (context != null && context.containsKey(field.path())) {
                    values.put(field.path(), context.get(field.path()));
                }
                continue;
            }
            Object value = submitted.get(field.path());
            List<String> problems = check(c, value, data);
            if (!problems.isEmpty()) {
                errors.put(field.path(), problems);
            } else if (value != null) {
                values.put(field.path(), normalise(c, value));
            }
        }
        validateDynamicLists(schema, submitted, data, values, errors, known);
        for (String key : submitted.keySet()) {
            if (known.stream().noneMatch(k -> k.equals(key) || k.startsWith(key + "[]"))) {
                errors.computeIfAbsent(key, k -> new ArrayList<>()).add("This form has no field '" + key + "'.");
            }
        }
        return new Result(values, errors);
    }

    /** Whether a component's condition hides it for these data. */
    public boolean isHidden(FormComponent component, Map<String, Object> data) {
        return component.hide() != null && feel.isTrue(component.hide(), data);
    }

    List<String> check(FormComponent c, Object value, Map<String, Object> data) {
        List<String> problems = new ArrayList<>();
        FormComponent.Validation rules = c.validate();
        String type = c.type();
        boolean empty = value == null || "".equals(value) || (value instanceof Collection<?> list && list.isEmpty());
        if (rules.required() && (empty || ("checkbox".equals(type) && Boolean.FALSE.equals(value)))) {
            problems.add("Field is required.");
            return problems;
        }
        if (empty) {
            return problems;
        }
        switch (type) {
            case "textfield", "textarea" -> {
                if (!(value instanceof String text)) {
                    problems.add("Value must be text.");
                    return problems;
                }
                length(rules, text, data, problems);
                pattern(rules, text, problems);
                if ("email".equals(rules.validationType()) && !EMAIL.matcher(text).matches()) {
                    problems.add("Field must be a valid email.");
                }
                if ("phone".equals(rules.validationType()) && !PHONE.matcher(text).matches()) {
                    problems.add("Field must be a valid international phone number. (e.g. +4930664040900)");
                }
            }
            case "number" -> {
                BigDecimal number = number(value);
                if (number == null) {
                    problems.add("Value is not a number.");
                    return problems;
                }
                BigDecimal min = number(feel.resolve(rules.min(), data));
                BigDecimal max = number(feel.resolve(rules.max(), data));
                if (min != null && number.compareTo(min) < 0) {
                    problems.add("Field must have minimum value of " + plain(min) + ".");
                }
                if (max != null && number.compareTo(max) > 0) {
                    problems.add("Field must have maximum value of " + plain(max) + ".");
                }
            }
            case "checkbox" -> {
                if (!(value instanceof Boolean)) {
                    problems.add("Value must be true or false.");
                }
            }
            case "radio", "select" -> {
                if (!choices(c, data).contains(value)) {
                    problems.add("Value is not one of the choices.");
                }
            }
            case "checklist", "taglist" -> {
                if (!(value instanceof Collection<?> list)) {
                    problems.add("Value must be a list of choices.");
                } else if (!choices(c, data).containsAll(list)) {
                    problems.add("Value is not one of the choices.");
                }
            }
            case "datetime" -> {
                if (!(value instanceof String text) || !isDateTime(c.subtype(), text)) {
                    problems.add("Value is not a valid " + ("time".equals(c.subtype()) ? "time" : "date") + ".");
                }
            }
            default -> {
            }
        }
        return problems;
    }

    /** The values a radio, select, checklist or taglist offers: from the schema, or from a variable (valuesKey). */
    public List<Object> choices(FormComponent c, Map<String, Object> data) {
        List<Object> choices = new ArrayList<>();
        if (c.hasStaticValues()) {
            c.values().forEach(o -> choices.add(o.value()));
        } else if (c.valuesKey() != null && data.get(c.valuesKey()) instanceof Collection<?> options) {
            for (Object o : options) {
                choices.add(o instanceof Map<?, ?> m ? m.get("value") : o);
            }
        }
        return choices;
    }

    private void length(FormComponent.Validation rules, String text, Map<String, Object> data, List<String> problems) {
        BigDecimal minLength = number(feel.resolve(rules.minLength(), data));
        BigDecimal maxLength = number(feel.resolve(rules.maxLength(), data));
        int length = text.strip().length();
        if (minLength != null && length < minLength.intValue()) {
            problems.add("Field must have minimum length of " + plain(minLength) + ".");
        }
        if (maxLength != null && text.length() > maxLength.intValue()) {
            problems.add("Field must have maximum length of " + plain(maxLength) + ".");
        }
    }

    private static void pattern(FormComponent.Validation rules, String text, List<String> problems) {
        if (rules.pattern() == null || rules.pattern().isEmpty()) {
            return;
        }
        try {
            // As in form-js (RegExp.test): the pattern must be found in the value, anchors are the schema's own.
            if (!Pattern.compile(rules.pattern()).matcher(text).find()) {
                problems.add("Field must match pattern " + rules.pattern() + ".");
            }
        } catch (PatternSyntaxException e) {
            problems.add("The form's pattern for this field is not valid.");
        }
    }

    private void validateDynamicLists(FormSchema schema, Map<String, Object> submitted, Map<String, Object> data,
            Map<String, Object> values, Map<String, List<String>> errors, List<String> known) {
        for (FormSchema.Field field : schema.fields()) {
            if (!field.inDynamicList()) {
                continue;
            }
            String listPath = field.path().substring(0, field.path().indexOf("[]"));
            String itemPath = field.path().substring(field.path().indexOf("[]") + 3);
            Object list = submitted.get(listPath);
            if (list == null) {
                continue;
            }
            if (!(list instanceof List<?> items)) {
                errors.computeIfAbsent(listPath, k -> new ArrayList<>()).add("Value must be a list.");
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                Object value = item instanceof Map<?, ?> m ? m.get(itemPath) : null;
                List<String> problems = check(field.component(), value, data);
                if (!problems.isEmpty()) {
                    errors.put(listPath + "[" + i + "]." + itemPath, problems);
                }
            }
            values.put(listPath, list);
        }
    }

    static Object normalise(FormComponent c, Object value) {
        if ("number".equals(c.type())) {
            BigDecimal number = number(value);
            if (number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0) {
                try {
                    return number.longValueExact();
                } catch (ArithmeticException e) {
                    return number.doubleValue();
                }
            }
            return number.doubleValue();
        }
        if (value instanceof String text && ("textfield".equals(c.type()) || "textarea".equals(c.type()))) {
            return text;
        }
        return value;
    }

    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static boolean isDateTime(String subtype, String text) {
        try {
            switch (Objects.requireNonNullElse(subtype, "date")) {
                case "time" -> LocalTime.parse(text.length() > 5 && text.endsWith("Z") ? text.substring(0, text.length() - 1) : text);
                case "datetime" -> {
                    if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
                        OffsetDateTime.parse(text);
                    } else {
                        LocalDateTime.parse(text);
                    }
                }
                default -> LocalDate.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Dotted paths become nested maps, as FEEL conditions see form data. */
    public static Map<String, Object> nest(Map<String, Object> flat) {
        Map<String, Object> nested = new HashMap<>();
        flat.forEach((path, value) -> {
            String[] parts = path.split("\\.");
            Map<String, Object> level = nested;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = level.get(parts[i]);
                if (!(next instanceof Map<?, ?>)) {
                    next = new HashMap<String, Object>();
                    level.put(parts[i], next);
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) next;
                level = map;
            }
            level.put(parts[parts.length - 1], value);
        });
        return nested;
    }
}
